#!/usr/bin/env python3
"""`make bench`: measures floe-audit against its own parsers on generated corpora (issue 7, docs/performance.md).

For each size it generates a seeded corpus (bench/gen_corpus.py) and, REPEATS times, interleaving the runs so that the
load of a shared machine hits both sides of every ratio alike, measures:
  1. C# audit ÷ Roslyn parse-only (bench/ParseOnly) over the corpus's csharp/ tree;
  2. Python audit ÷ a bare `python3` ast.parse loop (bench/bare_parse.py) over its python/ tree, and the Python
     frontend alone (the helper process plus mapping its output, the audit's own `-v` phase timing) ÷ the same loop;
  3. lines per second and peak memory (largest RSS of the process tree, from wait4) of a cold audit of the whole corpus,
     and the same audit writing the default report formats (md,json) and all four;
  4. a warm re-audit after changing 1% of the files ÷ the cold audit that filled the cache (files restored afterwards);
and once: 5. `dotnet build` no-op of a sample test project, without and with the MSBuild package (src/Tasks), if present.
Every audit is the real CLI (`floe-audit PATH -f json -v`), every time a wall-clock time of a whole process. Medians are
printed. Exit code 0 unless a tool fails; targets missed are reported, not fatal (the table is the deliverable).

usage: run.py --tool FLOE_AUDIT --parse-only PARSE_ONLY [--sizes 10k,100k] [--repeats 3] [--work DIR] [--msbuild]
"""

import argparse
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import gen_corpus  # noqa: E402

TARGET_RATIO = 1.5
TARGET_PEAK_MB = 1024
TARGET_WARM = 0.1
TARGET_LINEAR = 12.0
TARGET_MSBUILD_MS = 100
# Besides json (what the ratios measure): the default formats, and every format at once.
REPORT_FORMATS = ("md,json", "md,html,json,sarif")


def run(argv, env=None, cwd=None):
    """Runs a process to completion; returns (seconds, peak RSS in MiB of the largest process in its tree, stdout, stderr)."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen(argv, stdout=out, stderr=err, env=env, cwd=cwd)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace")
    if process.returncode not in (0, 1):
        sys.stderr.write(f"bench: {' '.join(argv)} exited {process.returncode}\n{stdout}\n{stderr}\n")
        raise SystemExit(2)
    return elapsed, usage.ru_maxrss / 1024.0, stdout, stderr


def audit(tool, root, output, cache=None, formats="json"):
    """(seconds, peak MiB, stdout, stderr) of a whole audit; -v prints phase timings on stderr (quiet otherwise)."""
    argv = [tool, root, "-f", formats, "-v", "-o", output]
    argv += ["--cache-dir", cache] if cache else ["--no-cache"]
    return run(argv)


def phase_seconds(stderr, phase):
    """The in-process time of one phase from `floe-audit -v`, e.g. 'parsed 6136 Python files in 4.250 s'."""
    match = re.search(r"^floe-audit: " + phase + r" in ([0-9.]+) s", stderr, re.M)
    if not match:
        sys.stderr.write(f"bench: no '{phase}' timing in the audit's -v output\n{stderr[-2000:]}\n")
        raise SystemExit(2)
    return float(match.group(1))


def count_lines(root, suffixes):
    total = 0
    for directory, _, files in os.walk(root):
        for name in files:
            if name.endswith(suffixes):
                with open(os.path.join(directory, name), "rb") as f:
                    total += f.read().count(b"\n")
    return total


def source_files(root):
    found = []
    for directory, dirs, files in os.walk(root):
        dirs.sort()
        found += [os.path.join(directory, n) for n in sorted(files) if n.endswith((".cs", ".py"))]
    return found


def touch_one_percent(root, seed):
    """Changes the content of 1% of the source files (a comment line appended); returns what to restore."""
    files = source_files(root)
    chosen = random.Random(seed).sample(files, max(1, len(files) // 100))
    saved = {}
    for path in chosen:
        with open(path, "rb") as f:
            saved[path] = f.read()
        comment = b"\n# touched by make bench\n" if path.endswith(".py") else b"\n// touched by make bench\n"
        with open(path, "ab") as f:
            f.write(comment)
    return saved


def restore(saved):
    for path, content in saved.items():
        with open(path, "wb") as f:
            f.write(content)


def median(values):
    return statistics.median(values) if values else float("nan")


def mark(ok):
    return "ok" if ok else "MISSED"


def bench_size(size, args, work):
    corpus = os.path.join(work, f"corpus-{size}")
    stamp = os.path.join(corpus, ".bench-stamp")
    expected = f"{size} seed={args.seed} generator={os.path.getmtime(gen_corpus.__file__)}"
    if not os.path.exists(stamp) or open(stamp).read() != expected:
        gen_corpus.generate(gen_corpus.parse_size(size), corpus, args.seed)
        with open(stamp, "w") as f:
            f.write(expected)
    cs_root, py_root = os.path.join(corpus, "csharp"), os.path.join(corpus, "python")
    lines = count_lines(corpus, (".cs", ".py", ".yaml"))
    out = os.path.join(work, "reports")
    r = {"size": size, "lines": lines, "cs": [], "py": [], "pyfront": [], "full": [], "rss": [], "warm": [], "cold": [], "formats": {f: [] for f in REPORT_FORMATS}}
    for repeat in range(args.repeats):
        # 1. C#: parse-only and audit back to back, alternating which goes first.
        pair = [lambda: run([args.parse_only, cs_root])[0], lambda: audit(args.tool, cs_root, out)[0]]
        first, second = (pair if repeat % 2 == 0 else pair[::-1])
        a, b = first(), second()
        parse, aud = (a, b) if repeat % 2 == 0 else (b, a)
        r["cs"].append((aud, parse))
        # 2. Python: bare ast.parse loop and audit; also the Python frontend alone (helper process and mapping, issue 4),
        #    the audit's own `parsed N Python files in X s` timing.
        pair = [lambda: run([args.python, os.path.join(HERE, "bare_parse.py"), py_root]), lambda: audit(args.tool, py_root, out)]
        first, second = (pair if repeat % 2 == 0 else pair[::-1])
        a, b = first(), second()
        parse, aud = (a, b) if repeat % 2 == 0 else (b, a)
        r["py"].append((aud[0], parse[0]))
        r["pyfront"].append((phase_seconds(aud[3], r"parsed \d+ Python files"), parse[0]))
        # 3. Whole corpus, cold, no cache: throughput and peak memory.
        seconds, rss, _, _ = audit(args.tool, corpus, out)
        r["full"].append(seconds)
        r["rss"].append(rss)
        #    The same with the report formats users get by default (md,json) and with all four: the ratios above
        #    write json only, and a template renders a report of every finding.
        for formats in REPORT_FORMATS:
            seconds, rss, _, _ = audit(args.tool, corpus, out, formats=formats)
            r["formats"][formats].append((seconds, rss))
        # 4. Cache: fill it (cold), change 1% of the files, re-audit (warm).
        cache = tempfile.mkdtemp(prefix="floe-bench-cache-")
        try:
            cold = audit(args.tool, corpus, out, cache)[0]
            saved = touch_one_percent(corpus, args.seed + repeat)
            try:
                warm = audit(args.tool, corpus, out, cache)[0]
            finally:
                restore(saved)
        finally:
            shutil.rmtree(cache, ignore_errors=True)
        r["cold"].append(cold)
        r["warm"].append(warm)
        sys.stderr.write(f"bench: {size} repeat {repeat + 1}/{args.repeats} done\n")
    return r


def msbuild_rows(args, work):
    """`dotnet build` no-op of a small MSTest project, without and with the MSBuild package, timed alternately.

    Returns (median without ms, median with ms or None, note or None)."""
    base = tempfile.mkdtemp(prefix="floe-bench-msbuild-")
    # Its own Directory.Build.* so that the repository's (central package versions, analyzers) do not apply.
    for name in ("Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props"):
        with open(os.path.join(base, name), "w") as f:
            f.write("<Project />\n")

    def sample(name, extra):
        folder = os.path.join(base, name)
        os.makedirs(folder)
        with open(os.path.join(folder, "CalculatorTests.cs"), "w") as f:
            f.write("namespace Sample.Tests;\n\n[TestClass]\npublic sealed class CalculatorTests\n{\n    [TestMethod]\n"
                    "    public void Adds() => Assert.AreEqual(4, 2 + 2);\n}\n")
        with open(os.path.join(folder, name + ".csproj"), "w") as f:
            f.write('<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n'
                    "    <ImplicitUsings>enable</ImplicitUsings>\n    <IsTestProject>true</IsTestProject>\n  </PropertyGroup>\n"
                    '  <ItemGroup>\n    <PackageReference Include="MSTest" Version="4.5.2" />\n  </ItemGroup>\n'
                    "  <ItemGroup>\n    <Using Include=\"Microsoft.VisualStudio.TestTools.UnitTesting\" />\n  </ItemGroup>\n"
                    + extra + "</Project>\n")
        first = subprocess.run(["dotnet", "build", folder, "-nologo", "-v", "q"], capture_output=True, text=True)
        if first.returncode != 0:
            sys.stderr.write(f"bench: the MSBuild sample {name} did not build:\n" + first.stdout[-2000:] + first.stderr[-2000:])
            return None
        return folder

    def noop_ms(folder):
        return run(["dotnet", "build", folder, "--no-restore", "-nologo", "-v", "q"])[0] * 1000

    repeats = max(5, args.repeats)
    without = sample("Sample.Tests", "")
    if without is None:
        return None, None, "n/a (the sample test project did not build)"
    tasks = os.path.join(REPO, "src", "Tasks")
    projects = [f for f in os.listdir(tasks) if f.endswith(".csproj")] if os.path.isdir(tasks) else []
    if not projects:
        return median([noop_ms(without) for _ in range(repeats)]), None, "n/a (MSBuild package not available)"
    feed = os.path.join(work, "feed")
    shutil.rmtree(feed, ignore_errors=True)
    # Its own artifacts path: the package publishes the tool with other properties, which must not rebuild src/*/bin.
    packed = subprocess.run(["dotnet", "pack", os.path.join(tasks, projects[0]), "-c", "Release", "-o", feed, "-nologo", "-v", "q",
                             "--artifacts-path", os.path.join(work, "msbuild-artifacts")], capture_output=True, text=True)
    packages = [p for p in os.listdir(feed) if p.endswith(".nupkg") and not p.endswith(".symbols.nupkg")] if os.path.isdir(feed) else []
    if packed.returncode != 0 or not packages:
        last = (packed.stdout + packed.stderr).strip().splitlines()[-1:] or ["no package"]
        return median([noop_ms(without) for _ in range(repeats)]), None, f"n/a (MSBuild package did not pack: {last[0]})"
    name = packages[0][: -len(".nupkg")]
    # id.1.2.3 → id, 1.2.3: the version starts at the first dot followed by a digit.
    cut = next(i for i in range(len(name)) if name[i] == "." and name[i + 1: i + 2].isdigit())
    package_id, version = name[:cut], name[cut + 1:]
    with open(os.path.join(base, "nuget.config"), "w") as f:
        f.write(f'<configuration><packageSources><add key="bench" value="{feed}" /></packageSources></configuration>\n')
    with_package = sample("Sample.Tests.Audited", f'  <ItemGroup>\n    <PackageReference Include="{package_id}" Version="{version}" />\n  </ItemGroup>\n')
    if with_package is None:
        return median([noop_ms(without) for _ in range(repeats)]), None, f"n/a ({package_id} {version} did not restore or build)"
    pairs = [(noop_ms(without), noop_ms(with_package)) for _ in range(repeats)]
    return median([a for a, _ in pairs]), median([b for _, b in pairs]), None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tool", required=True, help="the built floe-audit apphost")
    parser.add_argument("--parse-only", required=True, help="the built floe-bench-parse-only apphost")
    parser.add_argument("--python", default="python3")
    parser.add_argument("--sizes", default="10k,100k")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--work", default=os.path.join(REPO, "artifacts", "bench"))
    parser.add_argument("--no-msbuild", action="store_true")
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)

    load_before = os.getloadavg()
    results = [bench_size(s.strip(), args, args.work) for s in args.sizes.split(",") if s.strip()]
    msbuild = (None, None, "skipped (--no-msbuild)") if args.no_msbuild else msbuild_rows(args, args.work)
    load_after = os.getloadavg()

    print()
    print(f"floe-audit bench — {platform.node()}: {os.cpu_count()} CPUs, {platform.machine()}, {platform.platform()}, "
          f"python {platform.python_version()}")
    print(f"load average before {load_before[0]:.1f}, after {load_after[0]:.1f} (1-minute); medians of {args.repeats} interleaved repeats")
    print()
    header = (f"{'size':>6} {'lines':>9} | {'C# audit/parse':>22} | {'Py audit/ast.parse':>22} | {'Py frontend/ast.parse':>22} | "
              f"{'lines/s':>9} {'peak MB':>8} | {'warm/cold (1% changed)':>24}")
    print(header)
    print("-" * len(header))
    for r in results:
        cs = median([a / p for a, p in r["cs"]])
        py = median([a / p for a, p in r["py"]])
        cs_a, cs_p = median([a for a, _ in r["cs"]]), median([p for _, p in r["cs"]])
        py_a, py_p = median([a for a, _ in r["py"]]), median([p for _, p in r["py"]])
        front = median([a / p for a, p in r["pyfront"]])
        front_a = median([a for a, _ in r["pyfront"]])
        full = median(r["full"])
        warm = median([w / c for w, c in zip(r["warm"], r["cold"])])
        r["full_median"] = full
        print(f"{r['size']:>6} {r['lines']:>9} | {cs:5.2f}x ({cs_a:6.2f}/{cs_p:5.2f} s) | {py:5.2f}x ({py_a:6.2f}/{py_p:5.2f} s) | "
              f"{front:5.2f}x ({front_a:6.2f}/{py_p:5.2f} s) | "
              f"{r['lines'] / full:9.0f} {median(r['rss']):8.0f} | {warm:5.2f}x ({median(r['warm']):6.2f}/{median(r['cold']):6.2f} s)")
    print()
    print("report formats, whole corpus, cold, no cache (the table above writes json only):")
    for r in results:
        cells = [f"json {median(r['full']):6.2f} s {median(r['rss']):5.0f} MB"]
        cells += [f"{f} {median([x for x, _ in r['formats'][f]]):6.2f} s {median([m for _, m in r['formats'][f]]):5.0f} MB" for f in REPORT_FORMATS]
        print(f"  {r['size']:>6}: " + " | ".join(cells))
    print()
    print("targets (at 1M lines on the 2-core machine):")
    largest = results[-1] if results else None
    if largest:
        cs = median([a / p for a, p in largest["cs"]])
        py = median([a / p for a, p in largest["py"]])
        print(f"  C# audit/parse ≤ {TARGET_RATIO}x at {largest['size']}: {cs:.2f}x {mark(cs <= TARGET_RATIO)}")
        print(f"  Python audit/ast.parse ≤ {TARGET_RATIO}x at {largest['size']}: {py:.2f}x {mark(py <= TARGET_RATIO)}")
        front = median([a / p for a, p in largest["pyfront"]])
        print(f"  Python frontend/ast.parse ≤ {TARGET_RATIO}x at {largest['size']} (issue 4): {front:.2f}x {mark(front <= TARGET_RATIO)}")
        print(f"  peak memory ≤ {TARGET_PEAK_MB} MB at {largest['size']}: {median(largest['rss']):.0f} MB {mark(median(largest['rss']) <= TARGET_PEAK_MB)}")
        warm = median([w / c for w, c in zip(largest["warm"], largest["cold"])])
        print(f"  warm ≤ {TARGET_WARM}x cold at {largest['size']}: {warm:.2f}x {mark(warm <= TARGET_WARM)}")
    by_size = {r["size"].lower(): r for r in results}
    for small, big in (("10k", "100k"), ("100k", "1m")):
        if small in by_size and big in by_size:
            growth = by_size[big]["full_median"] / by_size[small]["full_median"]
            lines = by_size[big]["lines"] / by_size[small]["lines"]
            print(f"  linear: {big} ≤ {TARGET_LINEAR:g}x {small} (lines ×{lines:.1f}): {growth:.2f}x {mark(growth <= TARGET_LINEAR)}")
    without, with_package, note = msbuild
    if args.no_msbuild:
        print(f"  dotnet build no-op with and without the MSBuild package: {note}")
        return 0
    without_text = f"{without:.0f} ms" if without is not None else "n/a (sample project did not build)"
    print(f"  dotnet build no-op without the MSBuild package: {without_text}")
    if note:
        print(f"  dotnet build no-op with the MSBuild package: {note}")
    else:
        overhead = with_package - without
        print(f"  dotnet build no-op with the MSBuild package: {with_package:.0f} ms, overhead {overhead:.0f} ms (≤ {TARGET_MSBUILD_MS} ms) {mark(overhead <= TARGET_MSBUILD_MS)}"
              f" (medians of {max(5, args.repeats)} alternating builds)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
