using RecruitBot.Referrals;

namespace RecruitBot.Tests.Referrals;

public sealed class ReferralParserTests
{
    [Fact]
    public void Parse_IssueExample_ReadsNameRoleEmailAndRelationship()
    {
        var f = ReferralParser.Parse("refer Alex Kim for the Backend Engineer opening, alex.kim@example.com, we worked together at Contoso");

        Assert.Equal(new ReferralFields("Alex Kim", "alex.kim@example.com", null, null, "Backend Engineer", "we worked together at Contoso"), f);
    }

    [Fact]
    public void Parse_RelationshipBeforeName_ReadsBoth()
    {
        var f = ReferralParser.Parse("I'd like to refer my former colleague priya shah because she's great at Kafka");
        Assert.Equal(("Priya Shah", "former colleague", "she's great at Kafka"), (f.Name, f.Relationship, f.Why));
    }

    [Fact]
    public void Contact_PhoneAndLinkedIn_BothRead()
    {
        var (email, phone, linkedIn) = ReferralParser.Contact("call +1 (555) 010-2030 or https://www.linkedin.com/in/alex-kim-42/");
        Assert.Equal((null, "+1 (555) 010-2030", "https://www.linkedin.com/in/alex-kim-42"), (email, phone, linkedIn));
    }

    [Theory]
    [InlineData("yes", ReferralConsent.Yes)]
    [InlineData("She agreed", ReferralConsent.Yes)]
    [InlineData("nope", ReferralConsent.No)]
    [InlineData("not yet", ReferralConsent.NotYet)]
    [InlineData("I haven't asked yet", ReferralConsent.NotYet)]
    [InlineData("don't know", ReferralConsent.NotYet)]
    public void ConsentAnswer_UsualWords_Read(string answer, ReferralConsent expected) =>
        Assert.Equal(expected, ReferralParser.ConsentAnswer(answer));

    [Fact]
    public void ConsentAnswer_Unrelated_Null() => Assert.Null(ReferralParser.ConsentAnswer("the weather is nice"));

    [Theory]
    [InlineData("refer")]
    [InlineData("Refer Alex Kim")]
    [InlineData("I want to refer someone")]
    [InlineData("referral: Dana Lee, dana@example.com")]
    public void IsReferral_ReferralRequests_True(string text) => Assert.True(ReferralParser.IsReferral(text));

    [Theory]
    [InlineData("Interviewed Priya Shah for Senior Data Engineer, we went with someone else")]
    [InlineData("referred candidates are great")]
    [InlineData("reference check done for Tom Lee")]
    public void IsReferral_OtherMessages_False(string text) => Assert.False(ReferralParser.IsReferral(text));

    [Fact]
    public void FieldEdit_EmailLabel_MapsToContact() =>
        Assert.Equal(("contact", "a@b.io"), ReferralParser.FieldEdit("Email: a@b.io"));
}
