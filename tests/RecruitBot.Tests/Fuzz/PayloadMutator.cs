using System.Text;
using System.Text.Json.Nodes;

namespace RecruitBot.Tests.Fuzz;

/// <summary>
/// Seeded mutations of real payloads: drop, duplicate and retype fields, huge strings, awkward unicode, deep nesting,
/// truncated JSON, wrong content types and broken form encoding. The same seed always gives the same request.
/// </summary>
public sealed class PayloadMutator(Random random)
{
    private static readonly string[] Unicode =
        ["\u0000", "\u202E", "\u200B", "\uFEFF", "😀👩‍👩‍👧", "\uD800", "\uDFFF", "Ω≈ç√∫", "ﷺ", "\u0301\u0301\u0301", "\\", "\"", "<at>x</at>", "&amp;&lt;", "%00"];

    private static readonly string[] Phrases =
        ["yes", "undo", "edit", "cancel", "help", "who is due", "due in February", "show Priya", "different person", "role: QA Lead",
         "outcome: rejected", "next contact: in 2 months", "#2 name: Tom Lee",
         "Interviewed Priya Shah for Senior Data Engineer, strong SQL, we went with someone else. Check back in 3 months",
         "Met Tom Lee and Ana Ruiz for QA Lead: Tom hired, Ana rejected for skills"];

    public string Phrase() => Phrases[random.Next(Phrases.Length)];

    public string Pick(params string[] options) => options[random.Next(options.Length)];

    /// <summary>1..3 structural mutations of the JSON tree (or none, to keep some requests valid).</summary>
    public (JsonNode Node, string Name) MutateTree(JsonNode root)
    {
        var names = new List<string>();
        var rounds = random.Next(4);
        for (var i = 0; i < rounds; i++)
        {
            var containers = Containers(root).ToList();
            var target = containers[random.Next(containers.Count)];
            names.Add(MutateOne(target));
        }
        return (root, names.Count == 0 ? "valid" : string.Join("+", names));
    }

    /// <summary>Text-level damage after serialising: truncation, duplicate keys, junk bytes.</summary>
    public (string Text, string Name) MutateText(string json)
    {
        switch (random.Next(10))
        {
            case 0: return (json[..random.Next(json.Length)], "truncated");
            case 1:
                var brace = json.IndexOf('{', StringComparison.Ordinal);
                return brace < 0 ? (json, "same") : (json.Insert(brace + 1, "\"type\":\"message\",\"id\":7,"), "duplicate-keys");
            case 2: return (json.Replace(":", random.Next(2) == 0 ? "=" : "::", StringComparison.Ordinal), "broken-syntax");
            case 3: return (new string('[', 2000) + new string(']', 2000), "deep-nesting");
            default: return (json, "");
        }
    }

    public string ContentType(string proper) => random.Next(12) switch
    {
        0 => "text/plain",
        1 => "application/x-www-form-urlencoded",
        2 => "application/json; charset=utf-16",
        3 => "multipart/form-data; boundary=x",
        4 => "garbage/;;;",
        _ => proper,
    };

    /// <summary>Form bodies with invalid percent-encoding, missing '=', duplicated keys or raw unicode.</summary>
    public (string Form, string Name) MutateForm(string form)
    {
        return random.Next(8) switch
        {
            0 => (form + "&%zz=%E0%A4%A&=&&=x", "bad-percent"),
            1 => (form.Replace("=", "", StringComparison.Ordinal), "no-equals"),
            2 => (form + "&" + form, "duplicate-keys"),
            3 => (form + "&text=" + Uni() + Uni(), "raw-unicode"),
            4 => (form[..random.Next(form.Length)], "truncated"),
            _ => (form, ""),
        };
    }

    private string MutateOne(JsonNode container)
    {
        if (container is JsonObject o && o.Count > 0)
        {
            var key = o.ElementAt(random.Next(o.Count)).Key;
            switch (random.Next(7))
            {
                case 0: o.Remove(key); return "drop:" + key;
                case 1: o[key] = Retype(); return "retype:" + key;
                case 2: o[key] = new string((char)random.Next(32, 127), random.Next(1000, 120_000)); return "huge:" + key;
                case 3: o[key] = Uni() + o[key]?.ToString() + Uni(); return "unicode:" + key;
                case 4: o[key] = Nest(random.Next(5, 80)); return "nest:" + key;
                case 5: o[key] = Phrase(); return "phrase:" + key;
                default: o[key + "_x"] = o[key]?.DeepClone(); return "dup:" + key;
            }
        }
        if (container is JsonArray a)
        {
            if (a.Count > 0 && random.Next(2) == 0) { a.RemoveAt(random.Next(a.Count)); return "array-drop"; }
            a.Add(Retype());
            return "array-add";
        }
        return "noop";
    }

    private JsonNode? Retype() => random.Next(8) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(int.MinValue, int.MaxValue)),
        2 => JsonValue.Create(random.NextDouble() * 1e300),
        3 => JsonValue.Create(random.Next(2) == 0),
        4 => new JsonArray(JsonValue.Create("a"), JsonValue.Create(1)),
        5 => new JsonObject { ["x"] = Uni() },
        6 => JsonValue.Create(""),
        _ => JsonValue.Create(Uni()),
    };

    private JsonNode Nest(int depth)
    {
        JsonNode node = JsonValue.Create(Phrase());
        for (var i = 0; i < depth; i++) node = random.Next(2) == 0 ? new JsonArray(node) : new JsonObject { ["n"] = node };
        return node;
    }

    private string Uni()
    {
        var sb = new StringBuilder();
        for (var i = random.Next(1, 4); i > 0; i--) sb.Append(Unicode[random.Next(Unicode.Length)]);
        return sb.ToString();
    }

    private static IEnumerable<JsonNode> Containers(JsonNode node)
    {
        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject o => o.Select(kv => kv.Value),
            JsonArray a => a,
            _ => [],
        };
        foreach (var child in children)
            if (child is JsonObject or JsonArray)
                foreach (var c in Containers(child)) yield return c;
    }
}
