namespace RecruitBot.Nudges;

/// <summary>Where an outbound message is in its delivery.</summary>
public enum OutboxStatus
{
    Pending,
    Sent,
    /// <summary>Will never be delivered (conversation gone, forbidden, or out of attempts); shown in admin status.</summary>
    Dead,
}
