using FloeHarden.Tool.Commands;

namespace FloeHarden.Tool.Tests;

/// <summary>
/// A bug of ours is not a bad invocation: it exits 3 with one line (2 is for what the user can fix). No input makes the
/// shipped tool throw on purpose, so the mapping is checked on the one place every command goes through.
/// </summary>
[TestClass]
public sealed class InternalErrorTests
{
    [TestMethod]
    [DataRow(false, "floe-audit: internal error: index was 7 (run with --verbose for the stack trace, and please report it)")]
    [DataRow(true, "floe-audit: internal error: System.InvalidOperationException: index was 7")]
    public void AnUnexpectedException_ExitsThree_WithOneLine_AndTheStackTraceOnlyWhenVerbose(bool verbose, string expectedStart)
    {
        var (exit, error) = Run(verbose, () => throw new InvalidOperationException("index was 7"));

        Assert.AreEqual(3, exit);
        StringAssert.StartsWith(error.ToString(), expectedStart);
        Assert.AreEqual(verbose, error.ToString().Contains(" at ", StringComparison.Ordinal), error.ToString());
    }

    [TestMethod]
    public void WhatTheUserCanFix_StillExitsTwo()
    {
        var (exit, error) = Run(verbose: false, () => throw new Core.AuditException("'x' does not exist: pass the directory that holds the tests to audit"));

        Assert.AreEqual(2, exit);
        Assert.AreEqual("floe-audit: 'x' does not exist: pass the directory that holds the tests to audit" + Environment.NewLine, error.ToString());
    }

    private static (int Exit, StringWriter Error) Run(bool verbose, Func<int> body)
    {
        var error = new StringWriter();
        var original = Console.Error;
        Console.SetError(error);
        try
        {
            return (CommandRunner.Run(new ConsoleOutput(quiet: true, verbose), verbose, body), error);
        }
        finally
        {
            Console.SetError(original);
        }
    }
}
