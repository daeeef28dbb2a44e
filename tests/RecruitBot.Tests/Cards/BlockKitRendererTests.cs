using System.Text.Json.Nodes;
using RecruitBot.Cards;
using static RecruitBot.Tests.Cards.AdaptiveCardRendererTests;
using static RecruitBot.Tests.Cards.TestCards;

namespace RecruitBot.Tests.Cards;

public class BlockKitRendererTests
{
    [Theory]
    [MemberData(nameof(TestCards.Samples), MemberType = typeof(TestCards))]
    public void RenderMessage_EverySample_RespectsBlockKitLimits(string stem)
    {
        var bound = BindSample(stem);
        var message = Slack.RenderMessage(bound);

        Assert.Equal(SlackText.Escape(bound.Summary), (string?)message["text"]);
        var blocks = message["blocks"]!.AsArray();
        Assert.InRange(blocks.Count, 1, BlockKitRenderer.MessageBlockLimit);
        AssertLimits(message);
    }

    [Theory]
    [MemberData(nameof(TestCards.Samples), MemberType = typeof(TestCards))]
    public void RenderModal_OnlyCardsWithInputs_GetAModal(string stem)
    {
        var bound = BindSample(stem);
        var modal = Slack.RenderModal(bound);

        Assert.Equal(bound.HasInputs, modal is not null);
        if (modal is not null)
        {
            Assert.InRange(modal["blocks"]!.AsArray().Count, 1, BlockKitRenderer.ModalBlockLimit);
            AssertLimits(modal);
        }
    }

    [Fact]
    public void RenderModal_OutcomeEdit_CarriesSubmitVerbInPrivateMetadata()
    {
        var modal = Slack.RenderModal(BindSample("outcome-edit"))!;

        Assert.Equal("modal", (string?)modal["type"]);
        Assert.Equal("Edit outcome", (string?)modal["title"]!["text"]);
        Assert.Equal("Save", (string?)modal["submit"]!["text"]);
        Assert.Equal("Cancel", (string?)modal["close"]!["text"]);
        Assert.Equal("rb|outcome-edit", (string?)modal["callback_id"]);
        var elements = Descendants(modal).Where(o => o["action_id"] is not null).ToList();
        Assert.Equal(new[] { "plain_text_input", "plain_text_input", "static_select", "static_select", "plain_text_input", "plain_text_input", "datepicker" },
            elements.Select(e => (string?)e["type"]));
        Assert.Equal("runner-up", (string?)elements[2]["initial_option"]!["value"]);
        Assert.Equal("2027-05-21", (string?)elements[6]["initial_date"]);
        Assert.DoesNotContain(Descendants(modal), o => (string?)o["type"] == "button");
    }

    [Fact]
    public void RenderMessage_UserText_IsEscapedForMrkdwn()
    {
        var message = Slack.RenderMessage(BindSample("notice-special"));

        var section = message["blocks"]!.AsArray()[1]!;
        Assert.Equal("Couldn't read \"next *Q3*\" as a date &amp; kept 2027-05-21 &lt;unchanged&gt;.", (string?)section["text"]!["text"]);
        Assert.Equal("Heads up: <b>&</b>", (string?)message["blocks"]![0]!["text"]!["text"]);
    }

    [Fact]
    public void RenderMessage_ManyItems_TruncatesBodyButKeepsWithinLimit()
    {
        var message = Slack.RenderMessage(BindSample("due-list-many"));

        var blocks = message["blocks"]!.AsArray();
        Assert.Equal(BlockKitRenderer.MessageBlockLimit, blocks.Count);
        Assert.Equal("context", (string?)blocks[^1]!["type"]);
        Assert.Contains("did not fit", (string?)blocks[^1]!["elements"]![0]!["text"]);
    }

    [Fact]
    public void RenderMessage_CardActionsSurviveTruncation()
    {
        var items = Enumerable.Range(0, 80).Select(i => (object?)D(("text", $"line {i}"))).ToList();
        var template = """{"body":[{"type":"repeat","items":"lines","separator":true,"body":[{"type":"text","text":"${text}"}]}],"actions":[{"title":"OK","verb":"ok"}]}""";
        var message = Slack.RenderMessage(BindJson(template, D(("lines", items))));

        var blocks = message["blocks"]!.AsArray();
        Assert.Equal(BlockKitRenderer.MessageBlockLimit, blocks.Count);
        Assert.Equal("actions", (string?)blocks[^1]!["type"]);
        Assert.Equal("context", (string?)blocks[^2]!["type"]);
    }

    [Fact]
    public void RenderMessage_LongFieldsAndTitles_AreTruncated()
    {
        var longText = new string('x', 5000);
        var template = """
            {"body":[{"type":"heading","text":"${t}"},{"type":"text","text":"${t}"},{"type":"facts","items":"facts","facts":[{"title":"${t}","value":"${t}"}]}],
             "actions":[{"title":"${t}","verb":"v"}]}
            """;
        var facts = Enumerable.Range(0, 23).Select(_ => (object?)D(("t", "a&b"))).ToList();
        var message = Slack.RenderMessage(BindJson(template, D(("t", longText), ("facts", facts))));

        AssertLimits(message);
        var blocks = message["blocks"]!.AsArray();
        Assert.Equal(150, ((string?)blocks[0]!["text"]!["text"])!.Length);
        Assert.Equal(3000, ((string?)blocks[1]!["text"]!["text"])!.Length);
        Assert.Equal(new[] { 10, 10, 3 }, blocks.Where(b => b!["fields"] is not null).Select(b => b!["fields"]!.AsArray().Count));
        Assert.Equal(75, ((string?)Descendants(message).Single(o => (string?)o["type"] == "button")["text"]!["text"])!.Length);
    }

    [Theory]
    [InlineData("a&amp;b", 10, "a&amp;b")]
    [InlineData("aaaaaa&amp;b", 10, "aaaaaa…")]
    [InlineData("aaaaaaaa&lt;", 10, "aaaaaaaa…")]
    [InlineData("aaa&amp;bbbbbb", 10, "aaa&amp;b…")]
    public void TruncateMarkup_NeverCutsAnEntity(string mrkdwn, int max, string expected)
    {
        Assert.Equal(expected, SlackText.TruncateMarkup(mrkdwn, max));
    }

    [Fact]
    public void Truncate_DoesNotSplitSurrogatePairs()
    {
        var text = "abc🚀🚀🚀";

        Assert.Equal("abc…", SlackText.Truncate(text, 5));
    }

    [Fact]
    public void RenderMessage_SingleItemAction_BecomesSectionAccessory()
    {
        var message = Slack.RenderMessage(BindSample("due-list"));

        var accessories = message["blocks"]!.AsArray().Where(b => b!["accessory"] is not null).ToList();
        Assert.Equal(3, accessories.Count);
        Assert.True(Codec.TryDecodeSlackButton((string?)accessories[1]!["accessory"]!["action_id"], (string?)accessories[1]!["accessory"]!["value"], null, out var invocation));
        Assert.Equal("candidate.show", invocation.Verb);
        Assert.Equal("cand-102", invocation.Get("candidateId"));
    }

    private static void AssertLimits(JsonObject payload)
    {
        var all = Descendants(payload).ToList();
        var actionIds = all.Select(o => (string?)o["action_id"]).OfType<string>().ToList();
        Assert.Equal(actionIds.Count, actionIds.Distinct().Count());
        var blockIds = all.Select(o => (string?)o["block_id"]).OfType<string>().ToList();
        Assert.Equal(blockIds.Count, blockIds.Distinct().Count());
        foreach (var o in all)
        {
            switch ((string?)o["type"])
            {
                case "section":
                    Assert.InRange(((string?)o["text"]?["text"])?.Length ?? 0, 0, 3000);
                    Assert.InRange(o["fields"]?.AsArray().Count ?? 0, 0, 10);
                    Assert.All(o["fields"]?.AsArray() ?? new JsonArray(), f => Assert.InRange(((string?)f!["text"])!.Length, 1, 2000));
                    break;
                case "button":
                    Assert.InRange(((string?)o["text"]!["text"])!.Length, 1, 75);
                    Assert.InRange(((string?)o["value"])!.Length, 0, 2000);
                    Assert.InRange(((string?)o["action_id"])!.Length, 1, 255);
                    break;
                case "actions":
                    Assert.InRange(o["elements"]!.AsArray().Count, 1, 25);
                    break;
                case "header":
                    Assert.InRange(((string?)o["text"]!["text"])!.Length, 1, 150);
                    break;
            }
        }
    }
}
