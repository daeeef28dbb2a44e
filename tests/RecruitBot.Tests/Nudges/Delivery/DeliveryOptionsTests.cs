using RecruitBot.Nudges.Delivery;

namespace RecruitBot.Tests.Nudges.Delivery;

public sealed class DeliveryOptionsTests
{
    [Fact]
    public void Validate_Defaults_NoErrors() => Assert.Empty(new DeliveryOptions().Validate());

    [Theory]
    [InlineData(nameof(DeliveryOptions.BatchSize))]
    [InlineData(nameof(DeliveryOptions.LeaseSeconds))]
    [InlineData(nameof(DeliveryOptions.MaxAttempts))]
    public void Validate_ZeroSetting_NamedInError(string setting)
    {
        var o = new DeliveryOptions();
        typeof(DeliveryOptions).GetProperty(setting)!.SetValue(o, 0);
        Assert.Contains(o.Validate(), e => e.StartsWith($"Delivery:{setting}", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_BackoffMinAboveMax_Error() =>
        Assert.Single(new DeliveryOptions { BackoffMinSeconds = 100, BackoffMaxSeconds = 10 }.Validate());
}
