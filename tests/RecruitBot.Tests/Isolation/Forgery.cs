namespace RecruitBot.Tests.Isolation;

/// <summary>Ways a card action can be forged or misused; each must be refused with nothing stored.</summary>
public enum Forgery
{
    /// <summary>A real card of one tenant pressed in the other tenant, by a user with the same id.</summary>
    OtherTenant,

    /// <summary>A real card pressed by another user of the same tenant.</summary>
    OtherUser,

    /// <summary>A real card whose signed expiry has passed, pressed by its own user.</summary>
    Expired,

    /// <summary>The button's data edited (often to an id taken from the other tenant's cards), reference kept.</summary>
    TamperedData,

    /// <summary>The same data and reference sent with another verb.</summary>
    TamperedVerb,

    /// <summary>The reference's tenant rewritten to the presser's tenant, MAC kept.</summary>
    ReaddressedReference,

    /// <summary>The reference stripped.</summary>
    MissingReference,
}
