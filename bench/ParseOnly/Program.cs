using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

// The unavoidable cost of a C# audit: find the .cs files, read them, parse them with Roslyn (syntax only, in parallel
// on every core, each tree dropped after the parse) — what floe-audit's C# frontend does before extracting anything.
if (args.Length != 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: floe-bench-parse-only DIR");
    return 2;
}

var clock = Stopwatch.StartNew();
var options = new CSharpParseOptions(LanguageVersion.Preview, DocumentationMode.None, SourceCodeKind.Regular);
var files = Directory.EnumerateFiles(args[0], "*.cs", SearchOption.AllDirectories)
    .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal))
    .ToArray();
long lines = 0;
Parallel.For(0, files.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
{
    var bytes = File.ReadAllBytes(files[i]);
    using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
    var tree = CSharpSyntaxTree.ParseText(SourceText.From(reader.ReadToEnd()), options, files[i]);
    var root = tree.GetRoot();
    Interlocked.Add(ref lines, tree.GetText().Lines.Count);
    GC.KeepAlive(root);
});
Console.WriteLine($"{files.Length} files, {lines} lines parsed in {clock.Elapsed.TotalSeconds:0.000} s");
return 0;
