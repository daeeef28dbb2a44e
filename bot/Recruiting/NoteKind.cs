namespace RecruitBot.Recruiting;

/// <summary>What kind of timeline entry a note is.</summary>
public enum NoteKind
{
    Note,
    Contact,
}
