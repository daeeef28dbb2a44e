using RecruitBot.Referrals.Rediscovery;

namespace RecruitBot.Tests.Referrals;

public sealed class TitleFamilyTests
{
    [Theory]
    [InlineData("Data Engineer II", "data engineer", TitleFamily.Same)]
    [InlineData("Data Engineer II", "Senior Data Engineer", TitleFamily.Same)]
    [InlineData("Sr. Software Developer", "software engineer 2", TitleFamily.Same)]
    [InlineData("SRE", "Senior Site Reliability Engineer", TitleFamily.Same)]
    [InlineData("Data Engineer", "Data Platform Engineer", TitleFamily.Similar)]
    [InlineData("Data Engineer", "Backend Engineer", 0)]
    [InlineData("Data Engineer", "Data Scientist", 0)]
    [InlineData("Data Engineer", "", 0)]
    public void Score_TitlePairs_Family(string opening, string role, int expected) =>
        Assert.Equal(expected, TitleFamily.Score(TitleFamily.Core(opening), TitleFamily.Core(role)));
}
