using System.Text;
using RecruitBot.Conversation.Security;

namespace RecruitBot.Tests.Conversation.Security;

/// <summary>One test per rule of the card-action reference; every refusal fails closed.</summary>
public sealed class ActionReferenceTests
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("test-key-test-key-test-key-32byt");
    private static readonly DateTimeOffset Now = new(2025, 11, 18, 9, 0, 0, TimeSpan.Zero);
    private static readonly Dictionary<string, string> Data = new() { ["dialogId"] = "d-1" };

    private static string Sign(string tenant = "t1", string? user = "u1", int minutes = 60) =>
        ActionReference.Sign(Key, tenant, user, Now.AddMinutes(minutes), "outcome.confirm", Data);

    private static ActionReferenceCheck Verify(string? reference, string tenant = "t1", string user = "u1", string verb = "outcome.confirm",
        Dictionary<string, string>? data = null, DateTimeOffset? now = null, byte[]? key = null) =>
        ActionReference.Verify(key ?? Key, reference, tenant, user, now ?? Now, verb, data ?? Data);

    [Fact] public void Verify_SignedForThisUser_Valid() => Assert.Equal(ActionReferenceCheck.Valid, Verify(Sign()));
    [Fact] public void Verify_SignedForAnyoneInTenant_ValidForOtherUser() => Assert.Equal(ActionReferenceCheck.Valid, Verify(Sign(user: null), user: "u2"));
    [Fact] public void Verify_Missing_Missing() => Assert.Equal(ActionReferenceCheck.Missing, Verify(null));
    [Fact] public void Verify_Garbage_Malformed() => Assert.Equal(ActionReferenceCheck.Malformed, Verify("not.a.reference"));
    [Fact] public void Verify_OtherTenant_OtherTenant() => Assert.Equal(ActionReferenceCheck.OtherTenant, Verify(Sign(), tenant: "t2"));
    [Fact] public void Verify_OtherUser_OtherUser() => Assert.Equal(ActionReferenceCheck.OtherUser, Verify(Sign(), user: "u2"));
    [Fact] public void Verify_AfterExpiry_Expired() => Assert.Equal(ActionReferenceCheck.Expired, Verify(Sign(minutes: 5), now: Now.AddMinutes(6)));
    [Fact] public void Verify_DataChanged_Tampered() => Assert.Equal(ActionReferenceCheck.Tampered, Verify(Sign(), data: new() { ["dialogId"] = "d-2" }));
    [Fact] public void Verify_VerbChanged_Tampered() => Assert.Equal(ActionReferenceCheck.Tampered, Verify(Sign(), verb: "outcome.cancel"));
    [Fact] public void Verify_OtherKey_Tampered() => Assert.Equal(ActionReferenceCheck.Tampered, Verify(Sign(), key: Encoding.UTF8.GetBytes("another-key-another-key-another!")));

    [Fact]
    public void Verify_TenantFieldRewritten_TamperedNotOtherTenant()
    {
        var parts = Sign().Split('.');
        parts[1] = Convert.ToBase64String(Encoding.UTF8.GetBytes("t2")).TrimEnd('=');
        Assert.Equal(ActionReferenceCheck.Tampered, Verify(string.Join('.', parts), tenant: "t2"));
    }

    [Fact]
    public void Verify_ExpiryExtended_Tampered()
    {
        var parts = Sign(minutes: 5).Split('.');
        parts[3] = Now.AddYears(1).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(ActionReferenceCheck.Tampered, Verify(string.Join('.', parts), now: Now.AddMinutes(6)));
    }

    [Fact]
    public void Verify_RandomMutations_NeverValidAndNeverThrows()
    {
        var random = new Random(7);
        var good = Sign();
        for (var i = 0; i < 5000; i++)
        {
            var chars = good.ToCharArray();
            var at = random.Next(chars.Length);
            var replacement = (char)random.Next(33, 127);
            if (chars[at] == replacement) continue;
            chars[at] = replacement;
            Assert.NotEqual(ActionReferenceCheck.Valid, Verify(new string(chars)));
        }
    }
}
