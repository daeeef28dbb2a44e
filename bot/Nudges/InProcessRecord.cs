using RecruitBot.Recruiting;

namespace RecruitBot.Nudges;

/// <summary>
/// A candidate who is interviewing or otherwise in process, logged by the hiring manager. It is open until any outcome
/// is logged for the candidate after it was recorded; an open one older than the stale limit prompts the manager.
/// </summary>
public sealed class InProcessRecord : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string TenantId { get; set; }
    public Guid CandidateId { get; set; }
    public string? RoleTitle { get; set; }

    /// <summary>The user who logged it: they are asked for the decision.</summary>
    public required string HiringManagerUserId { get; set; }
    public string? HiringManagerName { get; set; }

    /// <summary>What was said about the stage ("final round"), kept as written.</summary>
    public string? Stage { get; set; }

    public DateOnly StartedOn { get; set; }
    public DateTime CreatedAtUtc { get; set; }

    /// <summary>The local day the manager was last asked, so the question repeats only every stale period.</summary>
    public DateOnly? LastPromptedOn { get; set; }
}
