using RecruitBot.Referrals;

namespace RecruitBot.Tests.Referrals;

public sealed class ReferralCommandsTests
{
    [Fact]
    public void Recognize_OpeningWithKeywords_TitleAndKeywords()
    {
        var o = Assert.IsType<ReferralCommand.NewOpening>(ReferralCommands.Recognize("new opening: Data Engineer II, needs Kafka and SQL"));
        Assert.Equal("Data Engineer II", o.Title);
        Assert.Equal(["Kafka", "SQL"], o.Keywords);
    }

    [Fact]
    public void Recognize_OpeningAlone_NoTitle() =>
        Assert.Null(Assert.IsType<ReferralCommand.NewOpening>(ReferralCommands.Recognize("opening")).Title);

    [Theory]
    [InlineData("Alex Kim is interviewing", ReferralStatus.Interviewing)]
    [InlineData("mark Alex Kim contacted", ReferralStatus.Contacted)]
    [InlineData("mark Alex Kim as on hold", ReferralStatus.OnHold)]
    public void Recognize_StatusCommands_NameAndStatus(string text, ReferralStatus status) =>
        Assert.Equal(new ReferralCommand.SetStatus("Alex Kim", status), ReferralCommands.Recognize(text));

    [Fact]
    public void Recognize_StopUpdates_ReferrerPossessiveStripped() =>
        Assert.Equal(new ReferralCommand.Updates("Alex Kim", false), ReferralCommands.Recognize("stop updates for Alex Kim's referrer"));

    [Fact]
    public void Recognize_ResumeUpdates_Enabled() =>
        Assert.Equal(new ReferralCommand.Updates("Alex Kim", true), ReferralCommands.Recognize("resume referral updates for Alex Kim"));

    [Fact]
    public void Recognize_PastCandidateSuggestion_ReferrerAndRest() =>
        Assert.Equal(new ReferralCommand.Suggestion("Sam", "Dana Lee for the SRE role"),
            ReferralCommands.Recognize("Sam's happy where he is but suggested Dana Lee for the SRE role"));

    [Theory]
    [InlineData("Alex Kim was hired as Backend Engineer")]
    [InlineData("who is due")]
    [InlineData("Interviewed Priya Shah for QA Lead, on hold until January")]
    public void Recognize_OutcomesAndCoreCommands_LeftToTheEngine(string text) => Assert.Null(ReferralCommands.Recognize(text));
}
