using System.Text.Json.Nodes;
using RecruitBot.Cards;
using static RecruitBot.Tests.Cards.TestCards;

namespace RecruitBot.Tests.Cards;

public class AdaptiveCardRendererTests
{
    [Theory]
    [MemberData(nameof(TestCards.Samples), MemberType = typeof(TestCards))]
    public void Render_EverySample_IsAdaptiveCard15WithFallbacks(string stem)
    {
        var bound = BindSample(stem);
        var card = Adaptive.Render(bound);

        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.Equal(AdaptiveCardRenderer.SchemaUrl, (string?)card["$schema"]);
        Assert.Equal(bound.Summary, (string?)card["fallbackText"]);
        var actions = Descendants(card).Where(o => o["verb"] is not null || ((string?)o["type"])?.StartsWith("Action.") == true).ToList();
        Assert.Equal(bound.AllActions().Count(), actions.Count(a => (string?)a["type"] == "Action.Execute"));
        foreach (var action in actions.Where(a => (string?)a["type"] == "Action.Execute"))
        {
            var fallback = Assert.IsType<JsonObject>(action["fallback"]);
            Assert.Equal("Action.Submit", (string?)fallback["type"]);
            Assert.True(JsonNode.DeepEquals(action["data"], fallback["data"]));
            Assert.True(Codec.TryDecode(fallback["data"]!.AsObject(), out var decoded));
            Assert.Equal((string?)action["verb"], decoded.Verb);
        }
    }

    [Fact]
    public void Render_OutcomeEdit_MapsInputsWithLabels()
    {
        var card = Adaptive.Render(BindSample("outcome-edit"));

        var inputs = Descendants(card).Where(o => ((string?)o["type"])?.StartsWith("Input.") == true).ToList();
        Assert.Equal(7, inputs.Count);
        Assert.All(inputs, i => Assert.False(string.IsNullOrEmpty((string?)i["label"])));
        var reasons = inputs.Single(i => (string?)i["id"] == "c1.reasons");
        Assert.Equal("Input.Text", (string?)reasons["type"]);
        Assert.True((bool?)reasons["isMultiline"]);
        var outcome = inputs.Single(i => (string?)i["id"] == "c1.outcome");
        Assert.Equal("Input.ChoiceSet", (string?)outcome["type"]);
        Assert.Equal("runner-up", (string?)outcome["value"]);
        Assert.Equal(6, outcome["choices"]!.AsArray().Count);
        var date = inputs.Single(i => (string?)i["id"] == "c1.nextContact");
        Assert.Equal("Input.Date", (string?)date["type"]);
        Assert.Equal("2027-05-21", (string?)date["value"]);
    }

    [Fact]
    public void Render_PerItemActions_AreActionSetsInsideTheItemContainer()
    {
        var card = Adaptive.Render(BindSample("due-list"));

        var containers = card["body"]!.AsArray().OfType<JsonObject>().Where(o => (string?)o["type"] == "Container").ToList();
        Assert.Equal(3, containers.Count);
        Assert.All(containers, c => Assert.Equal("ActionSet", (string?)c["items"]!.AsArray()[^1]!["type"]));
        Assert.Null(containers[0]["separator"]);
        Assert.True((bool?)containers[1]["separator"]);
    }

    [Fact]
    public void Render_UserText_IsEscapedForMarkdown()
    {
        var card = Adaptive.Render(BindSample("outcome-confirm-edge"));

        var texts = Descendants(card).Select(o => (string?)o["text"] ?? (string?)o["value"]).OfType<string>().ToList();
        Assert.Contains(@"R&D Lead <Platform> \*core\* \_team\_", texts);
        Assert.Contains(@"Log this outcome? <b>&amp;</b> \*\*not bold\*\*", texts);
        Assert.Contains("\\- not a list\n1\\. not numbered\n\\[link\\](http://example.com) \\{{DATE(2017-02-14T06:08:39Z, SHORT)}}", texts);
    }

    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("*star* _under_ `code` ~x~", @"\*star\* \_under\_ \`code\` \~x\~")]
    [InlineData("- item\n+ item\n10. item\n3) item", "\\- item\n\\+ item\n10\\. item\n3\\) item")]
    [InlineData("a - b 10. c", "a - b 10. c")]
    [InlineData("[x](y) {{DATE(z)}}", @"\[x\](y) \{{DATE(z)}}")]
    [InlineData(@"back\slash", @"back\\slash")]
    public void Escape_MarkdownSpecials_AreBackslashed(string input, string expected)
    {
        Assert.Equal(expected, AdaptiveMarkdown.Escape(input));
    }

    [Fact]
    public void Render_BoldRun_KeepsSpacesOutsideMarkers()
    {
        var text = new RichText(new[] { new TextRun("Due: "), new TextRun(" Priya_S ", true), new TextRun("today") });

        Assert.Equal(@"Due:  **Priya\_S** today", AdaptiveMarkdown.Render(text));
    }

    [Fact]
    public void Render_Divider_BecomesSeparatorOnNextElement()
    {
        var card = Adaptive.Render(BindJson("""{"body":[{"type":"text","text":"a"},{"type":"divider"},{"type":"text","text":"b"}]}""", null));

        var body = card["body"]!.AsArray();
        Assert.Equal(2, body.Count);
        Assert.True((bool?)body[1]!["separator"]);
    }

    internal static IEnumerable<JsonObject> Descendants(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                yield return o;
                foreach (var (_, child) in o)
                {
                    foreach (var d in Descendants(child))
                    {
                        yield return d;
                    }
                }
                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    foreach (var d in Descendants(child))
                    {
                        yield return d;
                    }
                }
                break;
        }
    }
}
