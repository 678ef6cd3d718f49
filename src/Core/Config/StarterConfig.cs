using FloeHarden.Core.Reporting;

namespace FloeHarden.Core.Config;

/// <summary>
/// The commented starter <c>floe-audit.yaml</c> that <c>floe-audit init</c> writes: every key the loader accepts, set to
/// its default (or left as a commented example where a default cannot be written), so the file documents itself.
/// </summary>
public static class StarterConfig
{
    public const string Text = """
        # floe-audit.yaml — configuration of floe-audit, the test hardening audit.
        # Every key is optional: the values below are the defaults, and lines starting with "# " are examples.
        # Globs are relative to this file's folder (** any folders, * any name). Reference: docs/configuration.md

        # Paths left out of the audit. bin/, obj/, .git/, node_modules/, virtualenvs and caches are always skipped.
        exclude: []
        #   - "tests/**/Fixtures/**"
        #   - "legacy/**"

        # Python interpreter used to parse Python tests (default: python3 on PATH; --python overrides it).
        # python: /usr/bin/python3

        # Tiers by location, for folders whose names do not say it. Folder and project names are read first
        # (tests/unit, *.IntegrationTests, tests/e2e, *.E2E…); a glob here wins. Order of precedence: e2e, integration, contract, unit.
        tiers:
          unit: []
          contract: []
          integration: []
          e2e: []
        #   integration: ["tests/it/**"]

        # Helm values files whose settings test code duplicates (AC-1.2). Chart templates/ folders are always skipped.
        values:
          - "**/charts/**/values*.yaml"
          - "**/charts/**/values*.yml"
          - "**/helm/**/values*.yaml"
          - "**/deploy/**/values*.yaml"

        # Values too common to count as duplicated (added to the built-in list: true, false, 0, 1, admin, latest, …).
        ignoreValues: []

        # User workflows the e2e tests must cover (AC-1.6). A test covers a workflow when a trait or category equals its id
        # ([TestProperty("workflow", "AC-2.1")], @pytest.mark.workflow("AC-2.1")) or when it matches `match`.
        workflows: []
        #   - id: AC-2.1
        #     title: Compile, deploy and materialize a data product
        #     severity: critical              # of FH1601 when nothing covers it: critical, major (default), minor, info
        #     match:
        #       categories: [materialize]     # also `markers:` / `traits:`; "name=value" matches a trait exactly
        #       names: ["*Materialize*"]      # globs on the test name or Class.Name; "/regex/" for a regular expression
        #       keywords: [materialize]       # words found in the test name or the calls it makes

        # Plugin folders (AC-1.7), matched relative to this file's folder or to the audited root.
        plugins:
          - "plugins/*"
          - "src/Plugins/*"
          - "**/*.Plugin.*"

        # Your own assertion helpers, with the strength of what they check (exact, structural, moderate, weak, trivial).
        assertions:
          methods: {}
        #     ShouldBeValidOrder: exact
        #     assert_eventually_contains: moderate

        # Your own verification helpers: they count as mock verifications with specific arguments.
        verifications:
          methods: []
        #     - VerifyPublished

        # Verbs that make a call side-effecting (AC-1.4). `add` extends the built-in list; `verbs` replaces it.
        sideEffects:
          add: []
        #   verbs: [write, send, publish, emit, post, put, patch, delete, remove, deploy, apply, upload, push, save, insert,
        #           update, create, enqueue, notify, submit, dispatch, store, persist, launch, trigger, execute, materialize,
        #           register, commit, drop, truncate, purge, upsert, append]

        # Rule severities: a severity, off, or {severity, paths} to scope it to some files. `floe-audit rules` lists them.
        rules: {}
        #   FH1106: off
        #   FH1303: info
        #   FH1102: { severity: minor, paths: ["tests/legacy/**"] }

        # Traits every test must carry (FH1505), e.g. the requirement it proves.
        traceability:
          require: []
        #   require: [requirement]

        # Fingerprints of accepted findings: with a baseline, only new findings count.
        # baseline: floe-audit-baseline.json

        # Files larger than this are skipped (FH1902).
        maxFileSizeKb: 4096

        """;

    /// <summary>
    /// Writes the starter file into <paramref name="directory"/> atomically and returns its path. Refuses to replace an
    /// existing file unless <paramref name="force"/> (an <see cref="AuditException"/> with a one-line message).
    /// </summary>
    public static string Write(string directory, bool force)
    {
        var folder = Path.GetFullPath(directory);
        if (File.Exists(folder))
        {
            throw new AuditException($"'{directory}' is a file: pass the folder to write {ConfigLoader.FileName} into");
        }

        if (!Directory.Exists(folder))
        {
            throw new AuditException($"'{directory}' does not exist: create it first, or pass the repository's folder");
        }

        var path = Path.Combine(folder, ConfigLoader.FileName);
        if (File.Exists(path) && !force)
        {
            throw new AuditException($"{path} already exists: edit it, or pass --force to replace it with the starter file");
        }

        AtomicFile.WriteAllText(path, Text);
        return path;
    }
}
