namespace RecruitBot.Understanding.Dates;

internal enum DateUnit
{
    Day,
    Week,
    Month,
    Year,
}
