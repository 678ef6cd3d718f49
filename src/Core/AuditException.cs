namespace FloeHarden.Core;

/// <summary>
/// A problem that stops the audit before it can produce a report (missing path, unreadable config, nothing to audit).
/// Its message is one line that says what, where, and what to do; hosts map it to exit code 2.
/// </summary>
public sealed class AuditException(string message) : Exception(message);
