namespace FloeHarden.E2E.Harness.Settings;

/// <summary>One or more FLOE_* variables hold a value the harness cannot use; the message lists each one.</summary>
public sealed class SettingsException : Exception
{
    public SettingsException(IReadOnlyList<string> problems)
        : base("Invalid E2E settings:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)))
    {
        Problems = problems;
    }

    public IReadOnlyList<string> Problems { get; }
}
