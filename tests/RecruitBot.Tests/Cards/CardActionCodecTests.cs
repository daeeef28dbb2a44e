using System.Text.Json.Nodes;
using RecruitBot.Cards;
using static RecruitBot.Tests.Cards.TestCards;

namespace RecruitBot.Tests.Cards;

public class CardActionCodecTests
{
    private static readonly Dictionary<string, string> Data = new() { ["dialogId"] = "dlg-1", ["candidateId"] = "cand \"7\" & <co>" };

    [Fact]
    public void TryDecode_SubmitValueWithMergedInputs_SplitsDataFromInputs()
    {
        var submitted = Codec.EncodeAdaptive("outcome.save", Data);
        submitted["c1.name"] = "Priya Shah";
        submitted["c1.nextContact"] = "2027-05-21";

        Assert.True(Codec.TryDecode(submitted, out var invocation));

        Assert.Equal("outcome.save", invocation.Verb);
        Assert.Equal(Data, invocation.Data);
        Assert.Equal(new Dictionary<string, string> { ["c1.name"] = "Priya Shah", ["c1.nextContact"] = "2027-05-21" }, invocation.Inputs);
    }

    [Fact]
    public void TryDecode_ExecuteInvokeValue_ReadsActionData()
    {
        var data = Codec.EncodeAdaptive("outcome.confirm", Data);
        data["c1.role"] = "Data Engineer";
        var value = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "outcome.confirm", ["data"] = data },
            ["trigger"] = "manual",
        };

        Assert.True(Codec.TryDecode(value, out var invocation));

        Assert.Equal("outcome.confirm", invocation.Verb);
        Assert.Equal("cand \"7\" & <co>", invocation.Get("candidateId"));
        Assert.Equal("Data Engineer", invocation.Input("c1.role"));
    }

    [Fact]
    public void TryDecode_WholeActivity_FindsValue()
    {
        var activity = new JsonObject { ["type"] = "message", ["value"] = Codec.EncodeAdaptive("candidate.new", Data) };

        Assert.True(Codec.TryDecode(activity, out var invocation));
        Assert.Equal("candidate.new", invocation.Verb);
    }

    [Fact]
    public void TryDecode_PlaygroundExecuteWithoutReservedKey_UsesActionVerb()
    {
        var value = JsonNode.Parse("""{"action":{"type":"Action.Execute","verb":"scheduleInterview","data":{"slot":"mon-10"}},"trigger":"manual"}""")!.AsObject();

        Assert.True(Codec.TryDecode(value, out var invocation));
        Assert.Equal("scheduleInterview", invocation.Verb);
        Assert.Empty(invocation.Data);
        Assert.Equal("mon-10", invocation.Input("slot"));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"action":"submitCandidate","candidateName":"Ada"}""")]
    [InlineData("""{"rb":"outcome.save"}""")]
    [InlineData("""{"rb":{"data":{"a":"b"}}}""")]
    [InlineData("""{"rb":{"verb":42}}""")]
    [InlineData("""{"rb":{"verb":"  "}}""")]
    [InlineData("""{"action":{"data":{"x":1}}}""")]
    [InlineData("""{"action":{"verb":"v","data":{"rb":[1]}}}""")]
    [InlineData("""{"value":{"x":1},"type":"message"}""")]
    public void TryDecode_ForeignOrBrokenPayload_ReturnsFalse(string json)
    {
        Assert.False(Codec.TryDecode(JsonNode.Parse(json)!.AsObject(), out var invocation));
        Assert.Null(invocation);
    }

    [Fact]
    public void TryDecode_Null_ReturnsFalse()
    {
        Assert.False(Codec.TryDecode(null, out _));
        Assert.False(Codec.TryDecodeSlack(null, out _));
    }

    [Fact]
    public void SlackButton_RoundTripsVerbAndData()
    {
        var actionId = Codec.SlackActionId("candidate.choose", 3);
        var value = Codec.EncodeSlackValue(Data)!;
        var payload = new JsonObject
        {
            ["type"] = "block_actions",
            ["actions"] = new JsonArray(new JsonObject { ["action_id"] = actionId, ["value"] = value, ["type"] = "button" }),
            ["state"] = new JsonObject { ["values"] = new JsonObject { ["input-1"] = new JsonObject { ["c1.name"] = new JsonObject { ["type"] = "plain_text_input", ["value"] = "Priya" } } } },
        };

        Assert.True(Codec.TryDecodeSlack(payload, out var invocation));

        Assert.Equal("candidate.choose", invocation.Verb);
        Assert.Equal(Data, invocation.Data);
        Assert.Equal("Priya", invocation.Input("c1.name"));
    }

    [Fact]
    public void SlackViewSubmission_DecodesMetadataAndEveryInputKind()
    {
        var payload = JsonNode.Parse("""
            {"type":"view_submission","view":{"callback_id":"rb|outcome-edit",
              "private_metadata":METADATA,
              "state":{"values":{
                "input-1":{"c1.name":{"type":"plain_text_input","value":"Priya Shah"}},
                "input-2":{"c1.reasons":{"type":"plain_text_input","value":null}},
                "input-3":{"c1.outcome":{"type":"static_select","selected_option":{"text":{"type":"plain_text","text":"Hired"},"value":"hired"}}},
                "input-4":{"c1.reasonCategory":{"type":"static_select","selected_option":null}},
                "input-5":{"c1.nextContact":{"type":"datepicker","selected_date":"2027-05-21"}}}}}}
            """.Replace("METADATA", JsonValue.Create(Codec.EncodeSlackMetadata("outcome.save", Data))!.ToJsonString()))!.AsObject();

        Assert.True(Codec.TryDecodeSlack(payload, out var invocation));

        Assert.Equal("outcome.save", invocation.Verb);
        Assert.Equal(Data, invocation.Data);
        Assert.Equal(new Dictionary<string, string>
        {
            ["c1.name"] = "Priya Shah", ["c1.reasons"] = "", ["c1.outcome"] = "hired", ["c1.reasonCategory"] = "", ["c1.nextContact"] = "2027-05-21",
        }, invocation.Inputs);
    }

    [Theory]
    [InlineData("""{"type":"block_actions","actions":[]}""")]
    [InlineData("""{"type":"block_actions","actions":[{"action_id":"someone-elses","value":"x"}]}""")]
    [InlineData("""{"type":"block_actions","actions":[{"action_id":"rb||1","value":"{}"}]}""")]
    [InlineData("""{"type":"block_actions","actions":[{"action_id":"rb|v|1","value":"not json"}]}""")]
    [InlineData("""{"type":"block_actions","actions":[{"action_id":"rb|v|1","value":"[1,2]"}],"state":[1]}""")]
    [InlineData("""{"type":"view_submission","view":{"private_metadata":""}}""")]
    [InlineData("""{"type":"view_submission","view":{"private_metadata":"{\"rb\":{}}"}}""")]
    [InlineData("""{"type":"view_submission","view":[]}""")]
    [InlineData("""{"type":"shortcut"}""")]
    [InlineData("""{"type":7}""")]
    public void TryDecodeSlack_ForeignOrBrokenPayload_ReturnsFalse(string json)
    {
        Assert.False(Codec.TryDecodeSlack(JsonNode.Parse(json)!.AsObject(), out _));
    }

    [Fact]
    public void EncodeSlackValue_TooLong_ReturnsNull()
    {
        Assert.Null(Codec.EncodeSlackValue(new Dictionary<string, string> { ["x"] = new string('a', 2000) }));
        Assert.NotNull(Codec.EncodeSlackValue(new Dictionary<string, string> { ["x"] = new string('a', 1990) }));
    }

    [Fact]
    public void Decoders_SeededGarbage_NeverThrow()
    {
        var random = new Random(20261121);
        var seeds = new[]
        {
            Codec.EncodeAdaptive("v", Data).ToJsonString(),
            """{"type":"block_actions","actions":[{"action_id":"rb|v|1","value":"{\"a\":\"b\"}"}],"state":{"values":{"b":{"i":{"value":"x"}}}}}""",
            """{"type":"view_submission","view":{"private_metadata":"{\"rb\":{\"verb\":\"v\"}}","state":{"values":{}}}}""",
            """{"action":{"verb":"v","data":{"rb":{"verb":"v","data":{"a":"b"}}}}}""",
        };
        const string alphabet = "{}[]\":,rbvalueactionsdatastate0123 \\";
        for (var i = 0; i < 3000; i++)
        {
            var chars = seeds[i % seeds.Length].ToCharArray();
            for (var m = random.Next(1, 4); m > 0; m--)
            {
                chars[random.Next(chars.Length)] = alphabet[random.Next(alphabet.Length)];
            }
            JsonObject? parsed;
            try
            {
                parsed = JsonNode.Parse(new string(chars)) as JsonObject;
            }
            catch (System.Text.Json.JsonException)
            {
                continue;
            }
            Codec.TryDecode(parsed, out _);
            Codec.TryDecodeSlack(parsed, out _);
        }
    }
}
