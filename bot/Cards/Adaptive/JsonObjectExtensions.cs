using System.Text.Json.Nodes;

namespace RecruitBot.Cards;

internal static class JsonObjectExtensions
{
    /// <summary>Sets <paramref name="key"/> unless the value is null, so optional properties stay absent.</summary>
    public static JsonObject With(this JsonObject o, string key, JsonNode? value)
    {
        if (value is not null)
        {
            o[key] = value;
        }
        return o;
    }
}
