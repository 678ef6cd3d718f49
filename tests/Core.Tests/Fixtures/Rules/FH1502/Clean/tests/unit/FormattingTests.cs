using System.Diagnostics;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Shop.Tests.Unit;

// A test-support class that runs a process and overrides ToString/Equals. Calls of the members every object has on
// other receivers (a Guid, a literal, a nullable value, a string) run the BCL's members, not these overrides: nothing
// here starts a process.
public sealed class ShellCommand
{
    private readonly ProcessStartInfo _startInfo = new ProcessStartInfo("docker");

    public int Run()
    {
        var process = Process.Start(_startInfo)!;
        process.WaitForExit();
        return process.ExitCode;
    }

    public override string ToString() => $"{_startInfo.FileName} {_startInfo.Arguments}";

    public override bool Equals(object? obj) => obj is ShellCommand other && other.ToString() == ToString();

    public override int GetHashCode() => ToString().GetHashCode();
}

[TestClass]
public class FormattingTests
{
    [TestMethod]
    public void Guid_IsFormattedWithoutBraces()
    {
        var text = Guid.Empty.ToString("D");
        Assert.AreEqual("00000000-0000-0000-0000-000000000000", text);
    }

    [TestMethod]
    public void Number_IsFormatted()
    {
        Assert.AreEqual("42", 42.ToString());
    }

    [TestMethod]
    public void Value_IsComparedAndHashed()
    {
        int? count = 3;
        var name = "ada";
        Assert.AreEqual("3", count?.ToString());
        Assert.IsTrue(name.Equals("ada"));
        Assert.AreEqual(name.GetHashCode(), "ada".GetHashCode());
    }
}
