namespace RecruitBot.Cards;

/// <summary>How prominent a button is.</summary>
public enum CardActionStyle
{
    Default,
    Positive,
    Destructive,
}
