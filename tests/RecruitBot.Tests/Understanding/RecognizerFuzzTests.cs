using System.Text;
using RecruitBot.Understanding;

namespace RecruitBot.Tests.Understanding;

/// <summary>Seeded property tests: any string is safe input, and every span points at its own text.</summary>
public class RecognizerFuzzTests
{
    private static readonly string[] Seeds =
    [
        "Interviewed Priya Shah for the Senior Data Engineer role — strong SQL, we went with someone else. Check back in 3 months",
        "Priya Shah runner-up for QA Lead, Tom Lee rejected - weak on testing 🎉❌",
        "may robinson hired, April Chen wihdrew, ping june in Q3, 03/04/2027, end of the quarter, 4-6 weeks, EOM, tmrw",
    ];

    private static readonly string Alphabet =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:-—/()'\"!?\n\t\0\u0001" +
        "éüßİıÅ中文日本語한국어العربيةслово🎉👍❌\uD83D\uDE00\uDC00\uD800\uFFFF\u200B\u202E";

    private static string RandomString(Random rng, int max)
    {
        var sb = new StringBuilder();
        var n = rng.Next(max);
        for (var i = 0; i < n; i++) sb.Append(Alphabet[rng.Next(Alphabet.Length)]);
        return sb.ToString();
    }

    private static string Mutate(Random rng, string s)
    {
        var chars = new StringBuilder(s);
        var edits = rng.Next(1, 8);
        for (var i = 0; i < edits && chars.Length > 0; i++)
        {
            var at = rng.Next(chars.Length);
            switch (rng.Next(4))
            {
                case 0: chars.Remove(at, 1); break;
                case 1: chars.Insert(at, Alphabet[rng.Next(Alphabet.Length)]); break;
                case 2: chars[at] = Alphabet[rng.Next(Alphabet.Length)]; break;
                default: chars.Insert(at, s.AsSpan(rng.Next(s.Length), 1)); break;
            }
        }
        return chars.ToString();
    }

    private static IEnumerable<string> Inputs(int seed, int count)
    {
        var rng = new Random(seed);
        yield return "";
        yield return new string('a', 100_000) + " in 3 months";
        yield return string.Concat(Enumerable.Repeat("Tom Lee rejected in 3 months, ", 3_000));
        yield return new string('\uD83D', 50);
        for (var i = 0; i < count; i++)
        {
            yield return rng.Next(3) == 0 ? RandomString(rng, 200) : Mutate(rng, Seeds[rng.Next(Seeds.Length)]);
        }
    }

    [Fact]
    public void Recognize_RandomAndMutatedStrings_NeverThrowsAndSpansMatchText()
    {
        var dates = new DateRecognizer();
        var outcomes = new OutcomeRecognizer(dates);
        var rng = new Random(7);
        foreach (var input in Inputs(20251118, 4_000))
        {
            var reference = new DateTime(2000, 1, 1).AddDays(rng.Next(0, 20_000)).AddMinutes(rng.Next(1_440));
            var found = dates.Recognize(input, reference);
            foreach (var e in found)
            {
                Assert.InRange(e.Start, 0, input.Length - 1);
                Assert.InRange(e.End, e.Start, input.Length - 1);
                Assert.Equal(input.Substring(e.Start, e.End - e.Start + 1).ToLowerInvariant(), e.Text);
                Assert.NotEmpty(e.Values);
            }
            var parse = outcomes.Recognize(input, reference);
            Assert.All(parse.Candidates, c => Assert.True(c.Name is null || c.Name.Length > 0));
        }
    }

    [Fact]
    public void Recognize_ExtremeReferenceDates_NeverThrows()
    {
        var outcomes = new OutcomeRecognizer();
        foreach (var reference in new[] { DateTime.MinValue, DateTime.MaxValue, new DateTime(9999, 12, 31, 23, 59, 59) })
        {
            var parse = outcomes.Recognize(Seeds[2] + " next year, in 12 years, next spring, Q4", reference);
            Assert.NotNull(parse);
        }
    }
}
