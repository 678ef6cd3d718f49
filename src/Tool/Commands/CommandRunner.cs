using FloeHarden.Core;
using FloeHarden.Core.Reporting;
using FloeHarden.Core.Rules;

namespace FloeHarden.Tool.Commands;

/// <summary>The one place every command maps failures to a one-line message: exit code 2 for what the user can fix, 3 for a bug of ours.</summary>
internal static class CommandRunner
{
    public static int Run(ConsoleOutput console, bool verbose, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (UsageException e)
        {
            return console.Error(e.Message);
        }
        catch (AuditException e)
        {
            return console.Error(e.Message);
        }
        catch (TemplateException e)
        {
            return console.Error($"template error: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return console.Error(e.Message);
        }
        catch (Exception e)
        {
            // Exit 3, not 2: a script or the MSBuild task can tell a bug from a bad invocation (an unhandled exception would
            // abort the process with 134); --verbose adds the stack trace.
            console.Error(verbose
                ? $"internal error: {e} (please report it)"
                : $"internal error: {e.Message} (run with --verbose for the stack trace, and please report it)");
            return (int)ExitCodes.InternalError;
        }
    }

    /// <summary>Missing required arguments: one line on stderr and exit 2, like every other usage error.</summary>
    public static void ExitTwoOnValidationError(McMaster.Extensions.CommandLineUtils.CommandLineApplication command) =>
        command.ValidationErrorHandler = result =>
        {
            Console.Error.WriteLine($"floe-audit: {result.ErrorMessage} (see 'floe-audit {command.Name} --help')");
            return (int)ExitCodes.Error;
        };

    /// <summary>null means "never fail on findings".</summary>
    public static Severity? ParseFailOn(string? value)
    {
        if (value is null || value.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return SeverityNames.TryParse(value, out var severity)
            ? severity
            : throw new UsageException($"--fail-on '{value}' is not a level: use critical, major, minor, info or none");
    }

    public static string[] ParseFormats(string? value, IEnumerable<string> known, string fallback)
    {
        var list = (value ?? fallback).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var knownList = known.Order(StringComparer.Ordinal).ToList();
        var unknown = list.FirstOrDefault(f => !knownList.Contains(f, StringComparer.OrdinalIgnoreCase));
        return unknown is not null || list.Length == 0
            ? throw new UsageException($"unknown format '{unknown}' in --format (known: {string.Join(", ", knownList)})")
            : [.. list.Select(f => f.ToLowerInvariant()).Distinct()];
    }
}

internal sealed class UsageException(string message) : Exception(message);
