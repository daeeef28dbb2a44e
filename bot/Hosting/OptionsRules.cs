using Microsoft.Extensions.Options;

namespace RecruitBot.Hosting;

/// <summary>Validates an options class with its own rule list, so start-up fails naming every bad setting.</summary>
public sealed class OptionsRules<T>(Func<T, IEnumerable<string>> rules) : IValidateOptions<T> where T : class
{
    public ValidateOptionsResult Validate(string? name, T options)
    {
        var errors = rules(options).ToList();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
