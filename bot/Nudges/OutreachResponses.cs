namespace RecruitBot.Nudges;

/// <summary>The names of <see cref="OutreachResponse"/> on cards and in typed answers.</summary>
public static class OutreachResponses
{
    public static string Of(OutreachResponse r) => r switch
    {
        OutreachResponse.Interested => "interested",
        OutreachResponse.MaybeLater => "maybe-later",
        OutreachResponse.NotInterested => "not-interested",
        OutreachResponse.KnowsSomeone => "knows-someone",
        OutreachResponse.WrongFit => "wrong-fit",
        _ => throw new ArgumentOutOfRangeException(nameof(r)),
    };

    public static string Words(OutreachResponse r) => Of(r).Replace('-', ' ');

    /// <summary>A card value or a typed answer ("maybe later", "not now", "3"); null when it isn't one.</summary>
    public static OutreachResponse? Parse(string? text)
    {
        var t = new string((text ?? "").ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray());
        t = string.Join(' ', t.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return t switch
        {
            "interested" or "yes interested" or "keen" or "1" => OutreachResponse.Interested,
            "maybe later" or "maybe" or "later" or "not now" or "not right now" or "2" => OutreachResponse.MaybeLater,
            "not interested" or "no" or "not interested at all" or "3" => OutreachResponse.NotInterested,
            "knows someone" or "knows somebody" or "referral" or "has a referral" or "4" => OutreachResponse.KnowsSomeone,
            "wrong fit" or "not a fit" or "bad fit" or "5" => OutreachResponse.WrongFit,
            _ => null,
        };
    }
}
