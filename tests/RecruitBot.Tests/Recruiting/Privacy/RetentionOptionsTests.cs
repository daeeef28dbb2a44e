using RecruitBot.Recruiting.Privacy;

namespace RecruitBot.Tests.Recruiting.Privacy;

public sealed class RetentionOptionsTests
{
    [Fact]
    public void Validate_Defaults_NoErrors() => Assert.Empty(new RetentionOptions().Validate());

    [Theory]
    [InlineData(6)]
    [InlineData(3651)]
    public void Validate_KeepDeliveredMessagesDaysOutOfRange_Error(int days) =>
        Assert.Contains(new RetentionOptions { KeepDeliveredMessagesDays = days }.Validate(), e => e.Contains("KeepDeliveredMessagesDays", StringComparison.Ordinal));

    [Theory]
    [InlineData(0)]
    [InlineData(241)]
    public void Validate_DefaultMonthsOutOfRange_Error(int months) =>
        Assert.Contains(new RetentionOptions { DefaultMonths = months }.Validate(), e => e.Contains("DefaultMonths", StringComparison.Ordinal));
}
