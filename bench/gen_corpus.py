#!/usr/bin/env python3
"""Seeded generator of realistic test corpora for `make bench` (issue 7).

Writes, under OUT, a repository-shaped tree of roughly LINES lines:
  csharp/  test projects (MSTest, xUnit, NUnit) with Moq and NSubstitute mocks, helpers, builders and hand-written fakes,
           in unit, integration and e2e tiers, each project with a .csproj so discovery sees test projects;
  python/  pytest packages with conftest.py fixtures, mocker/patch/MagicMock mocks, parametrize, unittest classes;
  helm/    Helm values files.
About 50% of the lines are C#, 45% Python and 5% YAML. The same seed and size always give the same bytes, so runs
on different machines audit the same code. Stdlib only.

usage: gen_corpus.py --lines 100000 --out DIR [--seed 7]
"""

import argparse
import os
import random
import shutil

DOMAINS = ["Order", "Invoice", "Customer", "Payment", "Shipment", "Catalog", "Inventory", "Pricing", "Account", "Ledger",
           "Report", "Schedule", "Ticket", "Session", "Tenant", "Webhook", "Export", "Import", "Audit", "Search"]
VERBS = ["Create", "Update", "Cancel", "Approve", "Reject", "Submit", "Load", "Save", "Publish", "Refund", "Validate", "Merge"]
OUTCOMES = ["Succeeds", "Fails", "ReturnsNull", "Throws", "IsIdempotent", "KeepsHistory", "SendsEvent", "UsesCache"]
DEPS = ["Repository", "Gateway", "Clock", "Publisher", "Cache", "Client", "Store", "Notifier", "Validator", "Mapper"]


def pascal_words(rng, n):
    return "".join(rng.choice(VERBS + OUTCOMES) for _ in range(n))


class CSharp:
    def __init__(self, rng):
        self.rng = rng

    def project(self, index, tier):
        domain = DOMAINS[index % len(DOMAINS)]
        framework = ["mstest", "xunit", "nunit"][index % 3]
        name = f"{domain}{index}.{'UnitTests' if tier == 'unit' else 'IntegrationTests' if tier == 'integration' else 'E2E'}"
        return name, framework, domain

    def csproj(self, framework):
        refs = {
            "mstest": '<PackageReference Include="MSTest" Version="3.6.0" />',
            "xunit": '<PackageReference Include="xunit" Version="2.9.0" />\n    <PackageReference Include="xunit.runner.visualstudio" Version="2.8.2" />',
            "nunit": '<PackageReference Include="NUnit" Version="4.2.2" />\n    <PackageReference Include="NUnit3TestAdapter" Version="4.6.0" />',
        }[framework]
        return f"""<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <IsTestProject>true</IsTestProject>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.NET.Test.Sdk" Version="17.11.0" />
    {refs}
    <PackageReference Include="Moq" Version="4.20.72" />
    <PackageReference Include="NSubstitute" Version="5.1.0" />
  </ItemGroup>
</Project>
"""

    def attrs(self, framework):
        return {
            "mstest": ("[TestClass]", "[TestMethod]", "[DataTestMethod]", "[DataRow({0})]", "[TestInitialize]", "using Microsoft.VisualStudio.TestTools.UnitTesting;"),
            "xunit": ("", "[Fact]", "[Theory]", "[InlineData({0})]", None, "using Xunit;"),
            "nunit": ("[TestFixture]", "[Test]", "[Test]", "[TestCase({0})]", "[SetUp]", "using NUnit.Framework;"),
        }[framework]

    def assertion(self, framework, var):
        r = self.rng
        choices = {
            "mstest": [f"Assert.AreEqual(42, {var}.Total);", f"Assert.IsNotNull({var});", f"Assert.IsTrue({var}.Items.Count > 0);",
                       f"Assert.AreEqual(\"ok\", {var}.Status);", f"CollectionAssert.AreEqual(new[] {{ 1, 2 }}, {var}.Ids);",
                       f"Assert.IsTrue({var}.Name == \"x\");", f"StringAssert.Contains({var}.Message, \"saved\");"],
            "xunit": [f"Assert.Equal(42, {var}.Total);", f"Assert.NotNull({var});", f"Assert.True({var}.Items.Count > 0);",
                      f"Assert.Equal(\"ok\", {var}.Status);", f"Assert.Contains(\"saved\", {var}.Message);", f"Assert.Single({var}.Items);",
                      f"Assert.Empty({var}.Errors);"],
            "nunit": [f"Assert.That({var}.Total, Is.EqualTo(42));", f"Assert.That({var}, Is.Not.Null);", f"Assert.That({var}.Items, Has.Count.EqualTo(2));",
                      f"ClassicAssert.AreEqual(\"ok\", {var}.Status);", f"Assert.That({var}.Message, Does.Contain(\"saved\"));"],
        }[framework]
        if r.random() < 0.25:
            return f"{var}.Should().BeEquivalentTo(expected);" if r.random() < 0.5 else f"{var}.Total.Should().Be(42);"
        return r.choice(choices)

    def test_class(self, framework, domain, tier, number):
        r = self.rng
        cls_attr, test_attr, theory_attr, case_attr, setup_attr, using = self.attrs(framework)
        deps = r.sample(DEPS, 3)
        use_nsub = r.random() < 0.4
        subject = f"{domain}Service"
        lines = ["using System;", "using System.Collections.Generic;", "using System.Linq;", "using System.Threading.Tasks;", using,
                 "using NSubstitute;" if use_nsub else "using Moq;", "using FluentAssertions;", f"using Acme.{domain};", "",
                 f"namespace Acme.{domain}.Tests.{tier.capitalize()};", ""]
        if tier != "unit" and framework == "mstest":
            lines.append(f"[TestCategory(\"{tier.capitalize()}\")]")
        elif tier != "unit" and framework == "xunit":
            lines.append(f"[Trait(\"Category\", \"{tier.capitalize()}\")]")
        elif tier != "unit":
            lines.append(f"[Category(\"{tier.capitalize()}\")]")
        if cls_attr:
            lines.append(cls_attr)
        cls = f"{subject}{pascal_words(r, 1)}Tests{number}"
        lines.append(f"public sealed class {cls}")
        lines.append("{")
        for d in deps:
            t = f"I{domain}{d}"
            lines.append(f"    private readonly {'' if use_nsub else 'Mock<'}{t}{'' if use_nsub else '>'} _{d.lower()} = "
                         + (f"Substitute.For<{t}>();" if use_nsub else f"new Mock<{t}>();"))
        lines.append(f"    private {subject} _sut = null!;")
        lines.append("")
        ctor = setup_attr is None
        if ctor:
            lines.append(f"    public {cls}()")
        else:
            lines.append(f"    {setup_attr}")
            lines.append("    public void Init()")
        lines.append("    {")
        args = ", ".join(f"_{d.lower()}" if use_nsub else f"_{d.lower()}.Object" for d in deps)
        lines.append(f"        _sut = new {subject}({args}, new FakeClock{number % 7}(), NullLogger.Instance);")
        lines.append("    }")
        for t in range(r.randint(4, 9)):
            lines.append("")
            theory = r.random() < 0.2
            if theory:
                lines.append(f"    {theory_attr}")
                for c in range(r.randint(2, 4)):
                    lines.append("    " + case_attr.format(f"{c}, \"case{c}\""))
            else:
                lines.append(f"    {test_attr}")
            name = f"{r.choice(VERBS)}_{r.choice(OUTCOMES)}_When{r.choice(DOMAINS)}{t}"
            params = "int count, string label" if theory else ""
            is_async = r.random() < 0.5
            lines.append(f"    public {'async Task' if is_async else 'void'} {name}({params})")
            lines.append("    {")
            lines.append(f"        // Arrange: a {domain.lower()} with {r.randint(1, 9)} lines")
            lines.append(f"        var request = Build{domain}Request(count: {r.randint(1, 20)}, label: \"{domain.lower()}-{t}\");")
            d = deps[t % len(deps)]
            if use_nsub:
                lines.append(f"        _{d.lower()}.Get{domain}Async(Arg.Any<Guid>()).Returns(new {domain}Dto {{ Id = Guid.NewGuid(), Total = 42 }});")
            else:
                lines.append(f"        _{d.lower()}.Setup(x => x.Get{domain}Async(It.IsAny<Guid>())).ReturnsAsync(new {domain}Dto {{ Id = Guid.NewGuid(), Total = 42 }});")
            if r.random() < 0.3:
                lines.append(f"        var extra = new Mock<I{domain}Auditor>();" if not use_nsub else f"        var extra = Substitute.For<I{domain}Auditor>();")
            for _ in range(r.randint(0, 4)):
                lines.append(f"        request.Lines.Add(new LineItem(\"sku-{r.randint(1, 999)}\", {r.randint(1, 9)}, {r.randint(1, 500)}.{r.randint(0, 99):02d}m));")
            lines.append("")
            lines.append("        // Act")
            call = f"_sut.{r.choice(VERBS)}{domain}Async(request)" if is_async else f"_sut.{r.choice(VERBS)}{domain}(request)"
            lines.append(f"        var result = {'await ' if is_async else ''}{call};")
            lines.append("")
            lines.append("        // Assert")
            for _ in range(r.randint(0, 3)):
                lines.append("        " + self.assertion(framework, "result"))
            if r.random() < 0.4:
                lines.append(f"        _{d.lower()}.Received(1).Save{domain}Async(Arg.Any<{domain}Dto>());" if use_nsub
                             else f"        _{d.lower()}.Verify(x => x.Save{domain}Async(It.IsAny<{domain}Dto>()), Times.Once);")
            if r.random() < 0.2:
                lines.append(f"        AssertValid{domain}(result);")
            lines.append("    }")
        lines.append("")
        lines.append(f"    private static {domain}Request Build{domain}Request(int count, string label)")
        lines.append("    {")
        lines.append(f"        var request = new {domain}Request {{ Label = label, CreatedAt = DateTimeOffset.UnixEpoch }};")
        lines.append("        for (var i = 0; i < count; i++)")
        lines.append("        {")
        lines.append("            request.Lines.Add(new LineItem($\"sku-{i}\", i + 1, 10m));")
        lines.append("        }")
        lines.append("")
        lines.append("        return request;")
        lines.append("    }")
        lines.append("")
        lines.append(f"    private static void AssertValid{domain}({domain}Result result)")
        lines.append("    {")
        lines.append("        " + self.assertion(framework, "result"))
        lines.append("        " + self.assertion(framework, "result"))
        lines.append("    }")
        lines.append("}")
        return "\n".join(lines) + "\n"

    def fake(self, domain, number):
        r = self.rng
        lines = ["using System;", "using System.Collections.Generic;", "using System.Threading.Tasks;", "",
                 f"namespace Acme.{domain}.Tests;", "",
                 f"/// <summary>Hand-written clock for {domain} tests.</summary>",
                 f"public sealed class FakeClock{number} : IClock", "{",
                 "    public DateTimeOffset Now { get; set; } = DateTimeOffset.UnixEpoch;", "",
                 "    public DateTimeOffset UtcNow() => Now;", "",
                 "    public void Advance(TimeSpan by) => Now += by;", "}", "",
                 f"public sealed class InMemory{domain}Store{number} : I{domain}Store", "{",
                 f"    private readonly Dictionary<Guid, {domain}Dto> _items = new();", "",
                 f"    public List<{domain}Dto> Saved {{ get; }} = new();", ""]
        for m in range(r.randint(3, 8)):
            verb = r.choice(VERBS)
            lines.append(f"    public Task<{domain}Dto?> {verb}{m}Async(Guid id) => Task.FromResult(_items.GetValueOrDefault(id));")
            lines.append("")
        lines.append(f"    public Task Save{domain}Async({domain}Dto dto)")
        lines.append("    {")
        lines.append("        Saved.Add(dto);")
        lines.append("        _items[dto.Id] = dto;")
        lines.append("        return Task.CompletedTask;")
        lines.append("    }")
        lines.append("}")
        return "\n".join(lines) + "\n"


class Python:
    def __init__(self, rng):
        self.rng = rng

    def conftest(self, pkg):
        return f'''"""Shared fixtures for the {pkg} tests."""
import os
from unittest.mock import MagicMock

import pytest

from {pkg}.client import ApiClient
from {pkg}.store import Store


@pytest.fixture
def api_client():
    client = MagicMock(spec=ApiClient)
    client.get.return_value = {{"id": 1, "status": "ok"}}
    return client


@pytest.fixture
def store(tmp_path):
    return Store(root=tmp_path / "store")


@pytest.fixture(scope="session")
def base_url():
    return os.environ.get("{pkg.upper()}_URL", "http://localhost:8080")


@pytest.fixture
def settings(monkeypatch):
    monkeypatch.setenv("{pkg.upper()}_MODE", "test")
    return {{"mode": "test", "retries": 3}}
'''

    def assertion(self, var):
        r = self.rng
        return r.choice([f"assert {var} == {{\"id\": 1, \"status\": \"ok\"}}", f"assert {var} is not None", f"assert {var}[\"status\"] == \"ok\"",
                         f"assert len({var}) == 2", f"assert {var}", f"assert \"ok\" in {var}.values()", f"assert isinstance({var}, dict)",
                         f"assert {var}.get(\"id\") == 1", f"assert {var} != {{}}"])

    def test_module(self, pkg, tier, number):
        r = self.rng
        lines = [f'"""{tier} tests for {pkg} ({number})."""', "import json", "from unittest import mock", "from unittest.mock import MagicMock, patch", "",
                 "import pytest", "", f"from {pkg} import service", f"from {pkg}.models import Order, LineItem", ""]
        if tier != "unit":
            lines += [f"pytestmark = pytest.mark.{tier}", ""]
        lines += ["", "def _build_order(count=2, label=\"x\"):",
                  "    order = Order(label=label)",
                  "    for i in range(count):",
                  "        order.lines.append(LineItem(sku=f\"sku-{i}\", qty=i + 1, price=10))",
                  "    return order", ""]
        for t in range(r.randint(5, 10)):
            lines.append("")
            name = f"test_{r.choice(VERBS).lower()}_{r.choice(OUTCOMES).lower()}_{t}"
            kind = r.random()
            if kind < 0.2:
                lines.append(f"@pytest.mark.parametrize(\"count, expected\", [(1, 10), (2, 20), ({r.randint(3, 9)}, {r.randint(30, 90)})])")
                lines.append(f"def {name}(count, expected, api_client):")
                lines.append("    order = _build_order(count)")
                lines.append("    total = service.total(order, client=api_client)")
                lines.append("    assert total == expected")
                lines.append("    api_client.get.assert_called_once_with(\"/prices\")")
            elif kind < 0.45:
                lines.append(f"def {name}(mocker, store):")
                lines.append(f"    publish = mocker.patch(\"{pkg}.service.publish\")")
                lines.append("    order = _build_order()")
                lines.append("    result = service.submit(order, store=store)")
                lines.append("    " + self.assertion("result"))
                if r.random() < 0.6:
                    lines.append("    publish.assert_called_once()")
            elif kind < 0.65:
                lines.append(f"@patch(\"{pkg}.service.requests\")")
                lines.append(f"def {name}(requests_mock, settings):")
                lines.append("    requests_mock.get.return_value.json.return_value = {\"id\": 1, \"status\": \"ok\"}")
                lines.append("    result = service.fetch(1, settings=settings)")
                for _ in range(r.randint(0, 3)):
                    lines.append("    " + self.assertion("result"))
            elif kind < 0.8:
                lines.append(f"def {name}(monkeypatch, tmp_path):")
                lines.append(f"    monkeypatch.setattr(service, \"now\", lambda: {r.randint(1000, 9999)})")
                lines.append("    path = tmp_path / \"out.json\"")
                lines.append("    service.export(_build_order(3), path)")
                lines.append("    data = json.loads(path.read_text())")
                lines.append("    " + self.assertion("data"))
            else:
                lines.append(f"def {name}(api_client, base_url):")
                lines.append("    client = MagicMock()")
                lines.append("    with pytest.raises(ValueError, match=\"negative\"):")
                lines.append("        service.refund(_build_order(), amount=-1, client=client)")
        if r.random() < 0.4:
            lines += ["", "", f"class Test{r.choice(DOMAINS)}{number}:",
                      "    def setup_method(self):",
                      "        self.gateway = mock.Mock()",
                      "        self.gateway.charge.return_value = {\"status\": \"ok\"}", ""]
            for t in range(r.randint(2, 5)):
                lines += [f"    def test_charge_{t}(self):",
                          "        result = service.charge(self.gateway, amount=10)",
                          "        " + self.assertion("result"),
                          "        self.gateway.charge.assert_called_with(10)", ""]
        return "\n".join(lines).rstrip() + "\n"


def values_file(rng, chart):
    lines = [f"# values for {chart}", f"replicaCount: {rng.randint(1, 5)}", "image:", f"  repository: registry.example.com/{chart}",
             f"  tag: \"1.{rng.randint(0, 30)}.{rng.randint(0, 9)}\"", "  pullPolicy: IfNotPresent", "service:", "  type: ClusterIP",
             f"  port: {rng.choice([80, 8080, 5432, 6379])}", "resources:", "  limits:", f"    cpu: {rng.randint(1, 4)}00m",
             f"    memory: {rng.randint(1, 8)}00Mi", "env:"]
    for i in range(rng.randint(5, 30)):
        lines.append(f"  - name: {chart.upper()}_SETTING_{i}")
        lines.append(f"    value: \"{rng.randint(0, 10000)}\"")
    return "\n".join(lines) + "\n"


def write(path, text, counter):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    counter[0] += text.count("\n")


def generate(total_lines, out, seed):
    rng = random.Random(seed)
    if os.path.exists(out):
        shutil.rmtree(out)
    cs, py = CSharp(rng), Python(rng)
    cs_lines, py_lines, yaml_lines = [0], [0], [0]
    # The corpus is a repository of its own: its (default) settings stop the audit's upward search for a floe-audit.yaml,
    # so the settings of whatever repository it is generated in never apply.
    write(os.path.join(out, "floe-audit.yaml"), "# generated by bench/gen_corpus.py: default settings\n", [0])
    tiers = ["unit", "unit", "unit", "integration", "e2e"]

    project = 0
    while cs_lines[0] < total_lines * 0.50:
        tier = tiers[project % len(tiers)]
        name, framework, domain = cs.project(project, tier)
        base = os.path.join(out, "csharp", "tests", name)
        write(os.path.join(base, name + ".csproj"), cs.csproj(framework), [0])
        write(os.path.join(base, "Fakes", f"Fakes{project}.cs"), cs.fake(domain, project % 7), cs_lines)
        for i in range(rng.randint(8, 40)):
            write(os.path.join(base, f"{domain}Tests{i}.cs"), cs.test_class(framework, domain, tier, i), cs_lines)
            if cs_lines[0] >= total_lines * 0.50:
                break
        project += 1

    package = 0
    while py_lines[0] < total_lines * 0.45:
        pkg = f"{DOMAINS[package % len(DOMAINS)].lower()}{package}"
        base = os.path.join(out, "python", "packages", pkg, "tests")
        write(os.path.join(base, "conftest.py"), py.conftest(pkg), py_lines)
        for tier in ("unit", "integration"):
            for i in range(rng.randint(4, 20)):
                write(os.path.join(base, tier, f"test_{pkg}_{i}.py"), py.test_module(pkg, tier, i), py_lines)
                if py_lines[0] >= total_lines * 0.45:
                    break
        package += 1

    chart = 0
    while yaml_lines[0] < total_lines * 0.05:
        name = f"{DOMAINS[chart % len(DOMAINS)].lower()}-{chart}"
        write(os.path.join(out, "helm", name, "values.yaml"), values_file(rng, name), yaml_lines)
        chart += 1

    return cs_lines[0], py_lines[0], yaml_lines[0]


def parse_size(text):
    text = text.strip().lower()
    factor = {"k": 1000, "m": 1000000}.get(text[-1], 1)
    return int(float(text[:-1] if factor > 1 else text) * factor)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", required=True, help="target size: 10k, 100k, 1m or a number")
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    cs, py, yml = generate(parse_size(args.lines), args.out, args.seed)
    print(f"{args.out}: {cs + py + yml} lines (C# {cs}, Python {py}, YAML {yml})")


if __name__ == "__main__":
    main()
