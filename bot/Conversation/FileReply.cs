namespace RecruitBot.Conversation;

/// <summary>
/// A file for the person who asked, e.g. a privacy export. Each channel delivers it its own way (terminal: a file
/// only its owner can read; Teams: a consent card then an upload to their OneDrive; Slack: an upload to their DM).
/// The content is personal data: channels must not keep it longer than delivery needs. <see cref="Summary"/> is the
/// one line said with it (and instead of it where a file can't be delivered).
/// </summary>
public sealed record FileReply(string FileName, string ContentType, byte[] Content, string Summary) : Reply
{
    // The default record ToString would print the whole content into logs and assertion messages.
    public override string ToString() => $"FileReply {{ FileName = {FileName}, ContentType = {ContentType}, Length = {Content.Length} }}";
}
