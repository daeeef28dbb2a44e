namespace RecruitBot.Understanding;

/// <summary>
/// An explicit follow-up the writer asked for ("check back in 3 months"), resolved to one reminder date.
/// <see cref="Phrase"/> is the surface text, kept so the record can say why the date was chosen.
/// </summary>
public sealed record FollowUp(string Phrase, DateOnly Date, DateEntity Entity);
