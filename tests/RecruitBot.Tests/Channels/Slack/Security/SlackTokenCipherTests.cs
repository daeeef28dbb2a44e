using System.Security.Cryptography;
using RecruitBot.Channels.Slack.Security;

namespace RecruitBot.Tests.Channels.Slack.Security;

public sealed class SlackTokenCipherTests
{
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    [Fact]
    public void Seal_ThenOpenForSameTenant_ReturnsToken()
    {
        var stored = SlackTokenCipher.Seal("xoxb-123-secret", "T1", Key);
        Assert.StartsWith(SlackTokenCipher.Prefix, stored, StringComparison.Ordinal);
        Assert.DoesNotContain("xoxb", stored, StringComparison.Ordinal);
        Assert.Equal("xoxb-123-secret", SlackTokenCipher.Open(stored, "T1", Key));
    }

    [Fact]
    public void Seal_Twice_DifferentCiphertexts() =>
        Assert.NotEqual(SlackTokenCipher.Seal("xoxb-1", "T1", Key), SlackTokenCipher.Seal("xoxb-1", "T1", Key));

    [Fact]
    public void Open_RowMovedToAnotherTenant_Null() =>
        Assert.Null(SlackTokenCipher.Open(SlackTokenCipher.Seal("xoxb-1", "T1", Key), "T2", Key));

    [Fact]
    public void Open_OtherKey_Null() =>
        Assert.Null(SlackTokenCipher.Open(SlackTokenCipher.Seal("xoxb-1", "T1", Key), "T1", RandomNumberGenerator.GetBytes(32)));

    [Fact]
    public void Open_AnyByteFlipped_Null()
    {
        var stored = SlackTokenCipher.Seal("xoxb-1", "T1", Key);
        var bytes = Convert.FromBase64String(stored[SlackTokenCipher.Prefix.Length..]);
        for (var i = 0; i < bytes.Length; i++)
        {
            var copy = (byte[])bytes.Clone();
            copy[i] ^= 0x01;
            Assert.Null(SlackTokenCipher.Open(SlackTokenCipher.Prefix + Convert.ToBase64String(copy), "T1", Key));
        }
    }

    [Theory]
    [InlineData("sealed:v1:")]
    [InlineData("sealed:v1:not base64!")]
    [InlineData("sealed:v1:AAAA")]
    [InlineData("xoxb-plain")]
    public void Open_GarbageOrUnsealed_Null(string stored) => Assert.Null(SlackTokenCipher.Open(stored, "T1", Key));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("c2hvcnQ=")]
    [InlineData("not base64 at all")]
    public void ParseKey_Not32Bytes_Null(string? configured) => Assert.Null(SlackTokenCipher.ParseKey(configured));

    [Fact]
    public void ParseKey_32Bytes_Key() => Assert.Equal(Key, SlackTokenCipher.ParseKey(Convert.ToBase64String(Key)));
}
