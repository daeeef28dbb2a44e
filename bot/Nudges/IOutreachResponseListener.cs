using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Nudges;

/// <summary>
/// The hook for features that act on an outreach answer, first of all referrals ("knows someone" → ask for the
/// referral). Called inside the transaction that logs the contact, so a listener's rows commit with it or not at all.
/// Register with <c>services.AddSingleton&lt;IOutreachResponseListener, YourListener&gt;()</c>.
/// </summary>
public interface IOutreachResponseListener
{
    Task OnRecordedAsync(RecruitingDb db, OutreachRecorded recorded, CancellationToken cancellationToken);
}
