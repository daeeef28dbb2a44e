using Microsoft.Extensions.Options;

namespace RecruitBot.Hosting.Security;

/// <summary>Runs <see cref="SecretRules"/> when <see cref="SecurityOptions"/> is validated on start.</summary>
public sealed class SecretsValidator(IConfiguration configuration, IHostEnvironment environment) : IValidateOptions<SecurityOptions>
{
    public ValidateOptionsResult Validate(string? name, SecurityOptions options)
    {
        var errors = options.Validate().Concat(SecretRules.Check(configuration, environment.IsProduction())).ToList();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
