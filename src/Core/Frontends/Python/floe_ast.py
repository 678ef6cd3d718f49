"""floe-audit's Python frontend helper.

Embedded in floe-audit and run once per audit with the audited repository's interpreter. It reads one JSON
request on stdin ({"files": [[index, path, relative_path, config], ...], "configs": [pytest configuration paths],
"workers": n}; config indexes "configs", -1 for pytest's defaults), parses every file with CPython's
own ``ast`` module, and writes one compact JSON line per file to stdout: a summary of what the file's tests,
fixtures and helpers do, never the tree itself. The C# side (PythonFrontend/PythonModelMapper) maps each line onto
the language-neutral model; numbers below mirror the C# enums in src/Core/Model/Enums.cs.

Protocol: first line {"floe": PROTOCOL, "python": "3.x.y"}, then one line per file (any order, keyed by "i"),
then {"done": count}. A too-old interpreter prints {"error": "python-too-old", "python": "..."} and exits 3.
Keep this file valid Python 3.6 syntax so that old interpreters reach the version check.
"""

import sys

if sys.version_info < (3, 8):
    sys.stdout.write('{"error": "python-too-old", "python": "%s"}\n' % sys.version.split()[0])
    sys.stdout.flush()
    sys.exit(3)

import ast  # noqa: E402
import fnmatch  # noqa: E402
import gc  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402

PROTOCOL = 1

# AssertionLevel
NONE, TRIVIAL, WEAK, MODERATE, STRUCTURAL, EXACT = 0, 1, 2, 3, 4, 5
# AssertionKind
K_ASSERT, K_VERIFY, K_EXCEPTION, K_SNAPSHOT = 0, 1, 2, 3
# AssertionTraits
T_TAUTOLOGY, T_BOOL_EQ, T_VALUE = 1, 2, 4
# CallKind
INVOCATION, CONSTRUCTION, DECORATION = 0, 1, 2
# MockTraits
M_CONFIGURED, M_VERIFIED, M_PARTIAL, M_PATCH, M_INSPECTED, M_SPY = 1, 2, 4, 8, 16, 32
# ResourceKind
NETWORK, DATABASE, CLUSTER, CONTAINER, PROCESS, FILESYSTEM, ENVIRONMENT, SLEEP = 0, 1, 2, 3, 4, 5, 6, 7
IN_PROCESS_CLIENT, HTTP_CLIENT, SDK_CLIENT = 0, 1, 2  # what kind of client a variable holds (Unit.net_vars)
# SkipKind
RUNTIME, DECLARED, EXPECTED_FAILURE = 0, 1, 2

Name, Attribute, Call, Constant, Assign = ast.Name, ast.Attribute, ast.Call, ast.Constant, ast.Assign
Store, AST = ast.Store, ast.AST
FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)
COLLECTION_NODES = (ast.List, ast.Set, ast.Dict, ast.Tuple, ast.ListComp, ast.SetComp, ast.DictComp)
COLLECTION_CALLS = {"set", "dict", "list", "tuple", "frozenset", "sorted", "Counter", "OrderedDict", "defaultdict", "deque"}
ROOT_THROUGH_CALLS = {
    "len", "set", "sorted", "list", "dict", "tuple", "str", "int", "float", "bool", "repr", "type", "isinstance", "issubclass",
    "frozenset", "any", "all", "next", "iter", "getattr", "hasattr", "abs", "round", "Counter", "callable", "vars", "min", "max", "sum",
}

MOCK_MODULES = ("unittest.mock", "mock")
MOCK_CLASSES = {"Mock", "MagicMock", "AsyncMock", "NonCallableMock", "NonCallableMagicMock", "PropertyMock", "create_autospec"}
PATCHERS = {"patch", "patch.object", "patch.dict", "patch.multiple"}
MOCKER_NAMES = {"mocker", "module_mocker", "class_mocker", "package_mocker", "session_mocker"}
MOCKER_CREATIONS = MOCK_CLASSES | {"stub", "async_stub", "spy"}
MONKEYPATCH_VERBS = {"setattr", "setenv", "setitem", "delattr", "delenv", "delitem"}
PASSIVE_MOCK_KWARGS = {"spec", "spec_set", "name", "autospec", "create", "unsafe", "instance", "new_callable", "_new_parent"}
CONFIG_ATTRS = {"return_value", "side_effect", "configure_mock"}
VERIFY_ATTRS = {
    "call_count", "call_args", "call_args_list", "mock_calls", "method_calls", "called", "await_count", "await_args",
    "await_args_list", "awaited", "spy_return", "spy_exception",
}

# name → (level with specific arguments, level without): assert_called_once_with(x) is exact, assert_called() weak.
MOCK_VERIFICATIONS = {
    "assert_called_with": (EXACT, MODERATE), "assert_called_once_with": (EXACT, MODERATE), "assert_any_call": (EXACT, MODERATE),
    "assert_awaited_with": (EXACT, MODERATE), "assert_awaited_once_with": (EXACT, MODERATE), "assert_any_await": (EXACT, MODERATE),
    "assert_called": (WEAK, WEAK), "assert_called_once": (WEAK, WEAK), "assert_awaited": (WEAK, WEAK), "assert_awaited_once": (WEAK, WEAK),
    "assert_not_called": (MODERATE, MODERATE), "assert_not_awaited": (MODERATE, MODERATE),
    "assert_has_calls": (STRUCTURAL, STRUCTURAL), "assert_has_awaits": (STRUCTURAL, STRUCTURAL),
}

UNITTEST_FIXED = {
    "assertIsNone": MODERATE, "assertIsNotNone": TRIVIAL, "assertIn": MODERATE, "assertNotIn": MODERATE, "assertIsInstance": MODERATE,
    "assertNotIsInstance": WEAK, "assertCountEqual": STRUCTURAL, "assertDictEqual": STRUCTURAL, "assertListEqual": STRUCTURAL,
    "assertTupleEqual": STRUCTURAL, "assertSetEqual": STRUCTURAL, "assertSequenceEqual": STRUCTURAL, "assertItemsEqual": STRUCTURAL,
    "assertMultiLineEqual": EXACT, "assertAlmostEqual": EXACT, "assertAlmostEquals": EXACT, "assertNotAlmostEqual": WEAK,
    "assertDictContainsSubset": MODERATE, "assertRegex": MODERATE, "assertRegexpMatches": MODERATE, "assertNotRegex": WEAK,
    "assertLogs": MODERATE, "assertNoLogs": WEAK, "fail": WEAK,
    # Django's SimpleTestCase/TransactionTestCase (and DRF's APITestCase, which inherits them).
    "assertContains": MODERATE, "assertNotContains": MODERATE, "assertInHTML": MODERATE, "assertNotInHTML": MODERATE,
    "assertTemplateUsed": MODERATE, "assertTemplateNotUsed": MODERATE, "assertFormError": MODERATE, "assertFormSetError": MODERATE,
    "assertFormsetError": MODERATE, "assertNumQueries": MODERATE, "assertRedirects": EXACT, "assertURLEqual": EXACT,
    "assertFieldOutput": EXACT, "assertHTMLEqual": STRUCTURAL, "assertJSONEqual": STRUCTURAL, "assertXMLEqual": STRUCTURAL,
    "assertQuerySetEqual": STRUCTURAL, "assertQuerysetEqual": STRUCTURAL, "assertHTMLNotEqual": WEAK, "assertJSONNotEqual": WEAK,
    "assertXMLNotEqual": WEAK,
}
UNITTEST_EQUAL = {"assertEqual", "assertEquals", "failUnlessEqual", "assertIs"}
UNITTEST_NOT_EQUAL = {"assertNotEqual", "assertNotEquals", "failIfEqual", "assertIsNot"}
UNITTEST_TRUE = {"assertTrue", "assert_", "failUnless"}
UNITTEST_FALSE = {"assertFalse", "failIf"}
UNITTEST_COMPARE = {"assertGreater", "assertGreaterEqual", "assertLess", "assertLessEqual"}
COMPARE_OPS = {"assertGreater": ast.Gt, "assertGreaterEqual": ast.GtE, "assertLess": ast.Lt, "assertLessEqual": ast.LtE}
UNITTEST_RAISES = {"assertRaises": MODERATE, "assertRaisesRegex": EXACT, "assertRaisesRegexp": EXACT, "assertWarns": MODERATE,
                   "assertWarnsRegex": EXACT, "assertRaisesMessage": EXACT, "assertWarnsMessage": EXACT}
NUMERIC_TESTING = {
    "assert_array_equal": STRUCTURAL, "assert_frame_equal": STRUCTURAL, "assert_series_equal": STRUCTURAL, "assert_index_equal": STRUCTURAL,
    "assert_equal": STRUCTURAL, "assert_allclose": EXACT, "assert_almost_equal": EXACT, "assert_array_almost_equal": EXACT,
}
# pytest's own checks of a test run (pytester / testdir): LineMatcher raises on a mismatch, RunResult.assert_outcomes on
# wrong counts. Every pytest plugin's test suite asserts with them.
PYTESTER_CHECKS = {
    "fnmatch_lines": MODERATE, "re_match_lines": MODERATE, "fnmatch_lines_random": MODERATE, "re_match_lines_random": MODERATE,
    "no_fnmatch_line": MODERATE, "no_re_match_line": MODERATE, "assert_outcomes": EXACT, "assertoutcome": EXACT,
    "assert_contains": MODERATE, "assert_contains_lines": MODERATE,
}
# pexpect's spawn.expect(pattern) and its spellings raise TIMEOUT/EOF when the child's output never shows the pattern: an
# expected-output check like fnmatch_lines, on a child from pexpect.spawn, PopenSpawn or pytester.spawn_pytest.
PEXPECT_CHECKS = frozenset(("expect", "expect_exact", "expect_list"))
# Path methods that are os.path's predicates with the path as receiver: Path.exists() is os.path.exists(p).
PATH_PREDICATES = frozenset(("exists", "is_file", "is_dir", "is_symlink", "is_mount", "is_absolute", "is_socket", "is_fifo",
                             "is_junction", "isfile", "isdir", "islink"))
# Calls that build a path: pathlib's constructors and derivations, py.path's join/ensure/mkdir.
PATH_BUILDERS = frozenset(("Path", "PurePath", "PosixPath", "WindowsPath", "joinpath", "with_name", "with_suffix", "with_stem",
                           "resolve", "absolute", "expanduser", "join", "ensure", "mkdir", "local", "relative_to"))
PATH_FIXTURES = frozenset(("tmp_path", "tmpdir", "path", "dir", "folder", "directory"))
SNAPSHOT_FIXTURES = {"snapshot", "snapshot_json", "json_snapshot", "image_snapshot", "data_regression", "file_regression",
                     "num_regression", "dataframe_regression", "image_regression", "ndarrays_regression", "snap_compare"}

SETUP_METHODS = {
    "setUp", "tearDown", "setUpClass", "tearDownClass", "asyncSetUp", "asyncTearDown", "setup_method", "teardown_method",
    "setup_class", "teardown_class", "setup", "teardown", "setUpTestData",
}
SKIP_ONLY_MARKERS = {"parametrize", "skip", "skipif", "xfail", "usefixtures", "filterwarnings"}

# Decorators that register the function or class with an object, which then calls it (a route, a signal, a task): it is
# used through that registration. An attribute decorator registers when its object is bound in the file (app = FastAPI();
# @app.get("/x"), @cli.command()) or, on an imported object, when it is a registration verb (@worker_ready.connect,
# @event.listens_for(...)) outside the libraries whose decorators only wrap (functools, contextlib, mock, pytest...).
REGISTRATION_VERBS = {"connect", "register", "route", "api_route", "websocket", "websocket_route", "exception_handler", "errorhandler",
                      "middleware", "listens_for", "listen", "task", "on_event", "hookimpl", "before_request", "after_request",
                      "teardown_request", "subscribe", "get", "post", "put", "delete", "patch", "head", "options"}
WRAPPING_MODULES = {"functools", "contextlib", "typing", "typing_extensions", "abc", "unittest", "mock", "pytest", "_pytest", "pytest_asyncio",
                    "asyncio", "dataclasses", "enum", "attr", "attrs", "hypothesis", "builtins", "warnings", "click", "six"}
# Decorators that register what they decorate: Django's receiver, Celery's shared_task, pluggy's hookimpl, SQLAlchemy's
# listens_for, and Pyramid's venusian ones, which config.scan() finds and registers (a view, a subscriber).
REGISTERING_NAMES = {"receiver", "shared_task", "hookimpl", "listens_for", "view_config", "notfound_view_config", "forbidden_view_config",
                     "exception_view_config", "subscriber"}
# pytest-bdd's step decorators: the step is registered, and the scenario the .feature text describes runs it.
BDD_STEPS = frozenset(("given", "when", "then", "step"))
TEMP_FIXTURES = {"tmp_path", "tmpdir", "tmp_path_factory", "tmpdir_factory"}
# URL parsers and models: a string given to one is a URL to take apart (test data), not a place to connect to. The
# C# side (Endpoints.IsUrlData) holds the same names.
URL_MODELS = {"urlsplit", "urlparse", "urlunsplit", "urlunparse", "urldefrag", "parse_url", "uri_reference", "iri_reference", "URI", "URL",
              "furl", "requote_uri", "quote", "unquote"}
BUILTIN_NAMES = set(dir(__builtins__)) if not isinstance(__builtins__, dict) else set(__builtins__)
HTTP_VERBS = {"get", "post", "put", "patch", "delete", "head", "options", "request", "stream", "send", "urlopen"}
# Calls that put an address on the wire: a URL model handed to one is an endpoint, and a literal given to one inside an
# assertion is a place the test connects to, not a value it compares.
CONNECT_CALLS = HTTP_VERBS | {"connect", "ws_connect", "create_connection", "open_connection", "fetch", "from_url", "urlretrieve"}
# FH1506: a run-time skip that is not a missing environment. Environment variables CI services set; configuration
# attributes naming the backend a suite is run against (celery runs its integration suite once per result backend).
CI_VARIABLES = {"CI", "GITHUB_ACTIONS", "TF_BUILD", "GITLAB_CI", "JENKINS_URL", "BUILDKITE", "CIRCLECI", "TRAVIS", "CONTINUOUS_INTEGRATION",
                "BUILD_BUILDID", "TEAMCITY_VERSION", "APPVEYOR"}
CI_NAME = re.compile(r"(^|_)ci(_|$)|(^|[a-z_])(CI|Ci)($|_|[A-Z][a-z])")
BACKEND_WORDS = {"backend", "result_backend", "broker", "broker_url", "transport", "driver", "dialect", "engine", "vendor", "flavor",
                 "flavour", "database_backend", "backend_name", "db_backend"}
CAPABILITY_CALLS = {"startswith", "endswith", "isinstance", "issubclass", "hasattr", "getattr", "type", "lower", "upper"}
GUARD_CI, GUARD_CAPABILITY = "outside CI", "backend capability"
# Literal contexts the C# side reads as test data (Endpoints.Asserted, Row, Key, InProcess, Rejected).
ASSERTED, ROW, KEY = "(asserted)", "(row)", "(key)"
IN_PROCESS, REJECTED = "(in-process)", "(rejected)"
# Clients and transports that dispatch to an app or handler in memory (FH1401, FH1203): httpx's MockTransport(handler),
# WSGITransport(app=...), ASGITransport(app=...), a Client(transport=...)/Client(app=...) over one, Flask's app.test_client(),
# Starlette's TestClient(app), Django's test Client().
IN_PROCESS_TRANSPORTS = {"MockTransport", "WSGITransport", "ASGITransport"}
IN_PROCESS_MAKERS = IN_PROCESS_TRANSPORTS | {"test_client", "TestClient", "Client", "AsyncClient", "APIClient"}
IN_PROCESS_CLIENTS = {"django.test.Client", "django.test.AsyncClient", "rest_framework.test.APIClient", "werkzeug.test.Client",
                      "flask.testing.FlaskClient"}
# A route a test declares on its app (@app.route("/add"), @app.post("/"), @router.get("/x")): requests to that path go to it.
ROUTE_DECORATORS = {"route", "get", "post", "put", "patch", "delete", "api_route"}
# An expected exception that says the test tried to reach something that is not there: its address is still an endpoint.
UNREACHABLE_ERROR = re.compile(r"connect|timeout|network|socket|unreachable|refused|oserror|ioerror|urlerror|transport|proxyerror", re.I)

# module → (kind, names that touch it; None means "any call")
TOUCHES = {
    "requests": (NETWORK, HTTP_VERBS),
    "httpx": (NETWORK, HTTP_VERBS),
    "aiohttp": (NETWORK, {"request"}),
    "urllib.request": (NETWORK, {"urlopen"}),
    "urllib3": (NETWORK, {"request"}),
    "socket": (NETWORK, {"socket", "create_connection", "getaddrinfo", "gethostbyname", "create_server", "socketpair"}),
    "grpc": (NETWORK, {"insecure_channel", "secure_channel"}),
    "websockets": (NETWORK, {"connect"}),
    "websocket": (NETWORK, {"create_connection", "WebSocketApp"}),
    "kafka": (NETWORK, {"KafkaProducer", "KafkaConsumer", "KafkaAdminClient"}),
    "confluent_kafka": (NETWORK, {"Producer", "Consumer", "AdminClient"}),
    "psycopg": (DATABASE, {"connect", "Connection", "AsyncConnection"}),
    "psycopg2": (DATABASE, {"connect"}),
    "psycopg_pool": (DATABASE, {"ConnectionPool", "AsyncConnectionPool"}),
    "asyncpg": (DATABASE, {"connect", "create_pool"}),
    "pymysql": (DATABASE, {"connect"}),
    "MySQLdb": (DATABASE, {"connect"}),
    "mysql.connector": (DATABASE, {"connect"}),
    "sqlite3": (DATABASE, {"connect"}),
    "sqlalchemy": (DATABASE, {"create_engine"}),
    "redis": (DATABASE, {"Redis", "StrictRedis", "from_url"}),
    "pymongo": (DATABASE, {"MongoClient"}),
    "trino.dbapi": (DATABASE, {"connect"}),
    "trino": (DATABASE, {"connect"}),
    "duckdb": (DATABASE, {"connect"}),
    "pyiceberg.catalog": (DATABASE, {"load_catalog"}),
    "clickhouse_connect": (DATABASE, {"get_client"}),
    "docker": (CONTAINER, {"from_env", "DockerClient", "APIClient"}),
    "testcontainers": (CONTAINER, None),
    "subprocess": (PROCESS, {"run", "call", "check_call", "check_output", "Popen", "getoutput", "getstatusoutput"}),
    "pexpect": (PROCESS, {"spawn", "run"}),
    "time": (SLEEP, {"sleep"}),
    "shutil": (FILESYSTEM, None),
}
# Constructors of clients that send nothing until a request is made: the variable they are assigned to becomes a client,
# and a call on it that sends is the touch. HTTP clients send on a request verb; SDK clients (boto3, minio) on any
# operation, a lowercase method other than the local ones below. A client a fixture or helper returns is a touch there
# (its callers' calls on it are out of sight).
CLIENT_BUILDERS = {
    "requests": (HTTP_CLIENT, {"Session", "session"}),
    "httpx": (HTTP_CLIENT, {"Client", "AsyncClient"}),
    "aiohttp": (HTTP_CLIENT, {"ClientSession"}),
    "urllib3": (HTTP_CLIENT, {"PoolManager", "HTTPConnectionPool", "HTTPSConnectionPool", "ProxyManager"}),
    "http.client": (HTTP_CLIENT, {"HTTPConnection", "HTTPSConnection"}),
    "boto3": (SDK_CLIENT, {"client", "resource", "Session"}),
    "minio": (SDK_CLIENT, {"Minio"}),
}
CLIENT_SENDS = HTTP_VERBS | {"connect", "ws_connect", "putrequest", "endheaders", "getresponse"}
# Calls on an SDK client or session that send nothing: building further clients, paginators and waiters (their own calls
# send), presigning, the session's local catalogue.
SDK_LOCAL = {"client", "resource", "get_paginator", "get_waiter", "can_paginate", "generate_presigned_url", "generate_presigned_post",
             "close", "register", "unregister", "get_available_services", "get_available_resources", "get_available_regions",
             "get_available_partitions", "get_partition_for_region", "get_credentials", "get_scoped_config"}
OS_CALLS = {
    "system": PROCESS, "popen": PROCESS, "execv": PROCESS, "execvp": PROCESS, "spawnl": PROCESS, "fork": PROCESS,
    "getenv": ENVIRONMENT, "putenv": ENVIRONMENT, "unsetenv": ENVIRONMENT,
    "remove": FILESYSTEM, "unlink": FILESYSTEM, "mkdir": FILESYSTEM, "makedirs": FILESYSTEM, "rmdir": FILESYSTEM,
    "rename": FILESYSTEM, "replace": FILESYSTEM, "listdir": FILESYSTEM, "scandir": FILESYSTEM, "walk": FILESYSTEM,
}
PATH_IO = {"write_text", "write_bytes", "read_text", "read_bytes"}

AVAILABILITY_WORDS = (
    "available", "reachable", "canconnect", "isrunning", "isup", "ping", "healthy", "isalive", "alive", "connected", "online",
    "usemock", "usefake", "use_mock", "use_fake", "mockmode", "fakemode", "offline", "ci", "dockeravailable", "hascluster",
    "getenv", "environ",
)
# The words above that say more than "the environment says so" (a probe of the service, a mock switch).
PROBE_WORDS = tuple(w for w in AVAILABILITY_WORDS if w not in ("ci", "getenv", "environ"))
# Helpers whose name says they check something (followed 6 calls deep by the engine, AuditInput.AssertionHelperName).
ASSERTION_HELPER = re.compile(r"^_?(assert|verify|expect|ensure|check)(_|[A-Z])")
# A predicate of its arguments (is_even(4), should_bypass_proxies(url)): its bool is the code under test's whole answer.
PREDICATE_NAME = re.compile(r"^_?(is|has|can|are|does|should|supports|allows|accepts|needs|was|were)(_|[A-Z0-9])")
# is/has run together with a lowercase word, called with arguments (isimportable(name), hasplugin(name)); not the
# words that merely start so.
RUN_TOGETHER_PREDICATE = re.compile(r"^_?(is|has)[a-z]{3,}$")
NOT_PREDICATES = frozenset(("hasattr", "issue", "issues", "isolate", "isolated", "isort", "hasher", "hashes", "hashed", "island", "isoformat"))
# The standard library's predicates, spelled without the underscore (math.isnan(x), os.path.isfile(p), s.isdigit()):
# predicates like is_x(...). isnan() is the only exact check of a NaN result (NaN != NaN).
STDLIB_PREDICATES = frozenset((
    "isnan", "isinf", "isfinite", "isfile", "isdir", "islink", "isabs", "ismount", "exists", "lexists", "samefile",
    "isdigit", "isalpha", "isalnum", "isdecimal", "isnumeric", "isidentifier", "islower", "isupper", "isspace", "istitle",
    "isprintable", "isascii", "issubset", "issuperset", "isdisjoint", "iskeyword", "isleap", "isfunction", "isclass",
    "ismethod", "ismodule", "isroutine", "isbuiltin", "isabstract", "isawaitable", "iscoroutine", "iscoroutinefunction",
    "isgenerator", "isgeneratorfunction", "isasyncgenfunction", "isdatadescriptor",
    "fnmatch", "fnmatchcase", "fnmatch_ex", "matches",
))
# A context manager whose class says it checks on exit (tornado's ExpectLog, an AssertNoQueries): the with is the assertion.
EXPECTATION_CLASS = re.compile(r"^_?(Expect|Assert)[A-Z]")
# ORM query narrowing (Django's filter/exclude, SQLAlchemy's filter_by, peewee's where): the rows that match its arguments.
QUERY_FILTERS = frozenset(("filter", "exclude", "filter_by", "where"))
# Regex matching: `m is not None` on their result is the match test itself, spelled out.
MATCH_CALLS = frozenset(("search", "match", "fullmatch"))
# WebTest's TestApp requests: app.get(url, status=404) raises AppError unless the response has that status.
WEBTEST_CALLS = frozenset(("get", "post", "put", "patch", "delete", "head", "options", "post_json", "put_json", "patch_json",
                           "delete_json", "request", "do_request"))
CONTEXT_MANAGER_DECORATORS = frozenset(("contextmanager", "asynccontextmanager"))
FAKE_NAME = re.compile(r"^(Fake|Stub|Mock|Dummy|Spy|InMemory|Mocked|Fallback)[A-Z_]|(Fake|Stub|Mock|Double|Spy|Dummy)$")
HOST_RESOLVER = re.compile(r"^(get|resolve|detect|pick|choose|select|find)?(effective|available|reachable|working|fallback|actual)\w*"
                           r"(host|endpoint|url|uri|address|client)")
TODO_WORDS = ("todo", "not implemented", "not yet implemented", "placeholder", "implement me", "tbd", "fixme")
FIELDS = {}
# json.dumps(out, separators=(",", ":"), ensure_ascii=False) without building an encoder per file or tracking cycles
# (a summary is a tree of fresh lists and dicts).
TEST_DEF = re.compile(rb"^[ \t]*(?:async[ \t]+)?def[ \t]+test", re.M)
SKIP_CALLS = {"pytest.skip", "pytest.importorskip", "pytest.xfail"}
ENCODE = json.JSONEncoder(ensure_ascii=False, check_circular=False, separators=(",", ":")).encode
# In-process fakes of the network a test runs under (decorator or with block): moto's mock_aws/mock_s3/..., responses,
# respx, requests-mock, aioresponses, httpretty. Requests made under them never leave the process.
NETWORK_FAKES = frozenset(("responses.activate", "responses.RequestsMock", "respx.mock", "requests_mock.Mocker", "requests_mock.mock",
                           "aioresponses.aioresponses", "httpretty.activate", "httpretty.httprettified"))


def is_network_fake(resolved):
    return resolved is not None and (resolved in NETWORK_FAKES or resolved.startswith("moto.mock_"))


MOCK_PREFIXES = tuple((m + ".", len(m) + 1) for m in MOCK_MODULES)


def dotted(node):
    """a.b.c for a pure name chain, else None."""
    parts = []
    while type(node) is Attribute:
        parts.append(node.attr)
        node = node.value
    if type(node) is not Name:
        return None
    parts.append(node.id)
    parts.reverse()
    return ".".join(parts)


def last_name(node):
    t = type(node)
    if t is Name:
        return node.id
    if t is Attribute:
        return node.attr
    if t is Call:
        return last_name(node.func)
    return None


def root_name(node):
    """The variable an expression is about: result.items[0].name → result; len(x) → x; self.client.get() → client."""
    while node is not None:
        t = type(node)
        if t is Name:
            return node.id
        if t is Attribute:
            if type(node.value) is Name and node.value.id == "self":
                return node.attr
            node = node.value
        elif t is Call:
            f = node.func
            if type(f) is Name and f.id in ROOT_THROUGH_CALLS and node.args:
                node = node.args[0]
            else:
                node = f
        elif t in (ast.Subscript, ast.Await, ast.Starred):
            node = node.value
        elif t is ast.UnaryOp:
            node = node.operand
        elif t is ast.Compare:
            node = node.left
        elif t is ast.BoolOp:
            node = node.values[0]
        elif t is ast.BinOp:
            node = node.left
        else:
            return None
    return None


def str_value(node):
    return node.value if type(node) is Constant and type(node.value) is str else None


def same_expression(a, b):
    """Cheap structural identity for the shapes people compare with themselves: x == x, a.b == a.b."""
    if type(a) is not type(b):
        return False
    da = dotted(a)
    return da is not None and da == dotted(b)


# Errors that say a module, a key or a value is missing or wrong, never that a service cannot be reached.
NOT_UNAVAILABILITY = {"ImportError", "ModuleNotFoundError", "AttributeError", "KeyError", "IndexError", "LookupError", "ValueError",
                      "TypeError", "NotImplementedError", "RuntimeError", "StopIteration", "AssertionError", "NameError",
                      "ArithmeticError", "ZeroDivisionError", "OverflowError", "UnicodeError", "UnicodeDecodeError",
                      "UnicodeEncodeError", "JSONDecodeError", "FileNotFoundError", "IsADirectoryError", "NotADirectoryError"}


MESSAGE_CALLS = {"skip", "fail", "xfail", "skipTest", "warn", "warning", "print", "debug", "info", "error", "exception", "log"}


def catches_unavailability(handler_type):
    """Whether an except clause can catch a service being unavailable: bare, Exception, OSError, ConnectionError..."""
    if handler_type is None:
        return True
    types = handler_type.elts if type(handler_type) is ast.Tuple else [handler_type]
    return any(last_name(t) not in NOT_UNAVAILABILITY for t in types)


def definitions_in_blocks(statements):
    """Module statements, with the bodies of the `if sys.platform == "win32":` and `try:` blocks that define tests or
    classes opened up: pytest collects what they define where they run."""
    for stmt in statements:
        t = type(stmt)
        if t is ast.If:
            blocks = [stmt.body, stmt.orelse]
        elif t is ast.Try or t.__name__ == "TryStar":
            blocks = [stmt.body] + [h.body for h in stmt.handlers] + [stmt.orelse, stmt.finalbody]
        else:
            yield stmt
            continue
        if any(type(s) in FUNCTIONS or type(s) is ast.ClassDef for block in blocks for s in block):
            for block in blocks:
                for inner in definitions_in_blocks(block):
                    yield inner
        else:
            yield stmt


def is_fail_sentinel(stmt):
    """A statement that always fails the test: pytest.fail(...), self.fail(...), assert False, raise AssertionError."""
    t = type(stmt)
    if t is ast.Expr and type(stmt.value) is Call:
        return last_name(stmt.value.func) == "fail"
    if t is ast.Assert:
        return type(stmt.test) is Constant and stmt.test.value is False
    if t is ast.Raise and stmt.exc is not None:
        return last_name(stmt.exc) == "AssertionError"
    return False


def is_predicate_call(e):
    if type(e) is not Call or not (e.args or e.keywords):
        return False
    return is_predicate_name(last_name(e.func))


def is_predicate_name(name):
    if name is None:
        return False
    if PREDICATE_NAME.match(name) is not None or name in STDLIB_PREDICATES:
        return True
    if RUN_TOGETHER_PREDICATE.match(name) is not None:
        return name.lstrip("_") not in NOT_PREDICATES
    # samefile_nofollow(a, b), exists_in(x, d): named by a predicate of the standard library, then qualified.
    head = name.lstrip("_").partition("_")[0]
    return head != name and head in STDLIB_PREDICATES


def is_query_filter(v):
    """A query narrowed by arguments somewhere down its chain: Order.objects.filter(pk=1), qs.exclude(...).order_by("x"),
    session.query(T).filter_by(id=1), Model.select().where(Model.id == 1)."""
    while type(v) is Call and type(v.func) is Attribute:
        if v.func.attr in QUERY_FILTERS and (v.args or v.keywords):
            return True
        v = v.func.value
    return False


def is_find_sentinel(left, op, right):
    """s.find(x) != -1, s.find(x) >= 0, s.rfind(x) == -1: the pre-`in` spelling of `x in s` / `x not in s` (find returns -1
    when absent), a membership check rather than a position."""
    if type(left) is not Call:
        left, right = right, left
        op = FLIPPED.get(op, op)
    if type(left) is not Call or type(left.func) is not Attribute or left.func.attr not in ("find", "rfind") or not left.args:
        return False
    if type(right) is ast.UnaryOp and type(right.op) is ast.USub and type(right.operand) is Constant and right.operand.value == 1:
        return op in (ast.Eq, ast.NotEq, ast.Gt, ast.LtE)  # != -1, > -1, == -1, <= -1
    if type(right) is Constant and right.value == 0 and type(right.value) is int:
        return op in (ast.GtE, ast.Lt)  # >= 0, < 0
    return False


FLIPPED = {ast.Gt: ast.Lt, ast.Lt: ast.Gt, ast.GtE: ast.LtE, ast.LtE: ast.GtE}


def webtest_status(call, receiver):
    """testapp.get(url, status=403), self.app.post_json(url, body, status=[200, 201]): WebTest's TestApp raises AppError
    unless the response has that status, an assertion on it (exact for one status). None when the call is not such a
    request on an app (the receiver's name holds "app") or does not check: no status=, status="*", expect_errors=True."""
    status = None
    for k in call.keywords:
        if k.arg == "status":
            status = k.value
        elif k.arg == "expect_errors" and not (type(k.value) is Constant and not k.value.value):
            return None
    if status is None or (type(status) is Constant and (status.value is None or status.value == "*")):
        return None
    owner = last_name(receiver)
    if owner is None or "app" not in owner.lower():
        return None
    if type(status) is Constant and (type(status.value) is int or (type(status.value) is str and "*" not in status.value)):
        return EXACT
    return MODERATE


def forwarded_call(fn):
    """The call a helper only returns: `def _callFUT(self, *a, **kw): from pkg import f; return f(*a, **kw)` → f(...)."""
    body = fn.body
    last = body[-1] if body else None
    if type(last) is not ast.Return or type(last.value) is not Call:
        return None
    for stmt in body[:-1]:
        if type(stmt) not in (ast.Import, ast.ImportFrom) and not (type(stmt) is ast.Expr and type(stmt.value) is Constant):
            return None
    return last.value


def is_match_call(e):
    """re.search(p, s), pattern.fullmatch(s): a regex match, whose result is None when it does not match."""
    return type(e) is Call and type(e.func) is Attribute and e.func.attr in MATCH_CALLS and bool(e.args)


def collect_names(node, names):
    """Identifiers and attribute names under a node (decorators, base classes) without ast.walk's generator overhead."""
    stack = [node]
    while stack:
        n = stack.pop()
        t = type(n)
        if t is Name:
            names.add(n.id)
            continue
        if t is Attribute:
            names.add(n.attr)
            stack.append(n.value)
            continue
        if t is Call:
            stack.append(n.func)
            stack.extend(n.args)
            stack.extend(k.value for k in n.keywords)
        elif t in (ast.List, ast.Tuple, ast.Set):
            stack.extend(n.elts)
        elif t is Constant:
            if type(n.value) is str and n.value.isidentifier():
                names.add(n.value)  # a string annotation ("_Maker") or a name given as text
        else:
            stack.extend(ast.iter_child_nodes(n))  # not _supported(), HAS and X, Optional[_Maker], a[0]


def is_literal(node):
    t = type(node)
    if t is Constant:
        return True
    return t is ast.UnaryOp and type(node.operand) is Constant


_COMPARE_OPS = {ast.Eq: lambda a, b: a == b, ast.NotEq: lambda a, b: a != b, ast.Lt: lambda a, b: a < b,
                ast.LtE: lambda a, b: a <= b, ast.Gt: lambda a, b: a > b, ast.GtE: lambda a, b: a >= b,
                ast.Is: lambda a, b: a is b if a is None or b is None or type(a) is bool else a == b,
                ast.IsNot: lambda a, b: not (a is b if a is None or b is None or type(a) is bool else a == b)}


def literal_tautology(left, op, right, positive=True):
    """(level, traits) of a comparison of two literals: a tautology when it holds (42 > 3), one that can never pass
    when it does not (42 < 3, "a" == "b": weak, like a bare fail), a tautology still when it cannot be evaluated."""
    try:
        holds = bool(_COMPARE_OPS[op](ast.literal_eval(left), ast.literal_eval(right)))
    except Exception:
        return TRIVIAL, T_TAUTOLOGY
    return (TRIVIAL, T_TAUTOLOGY) if holds == positive else (WEAK, 0)


def is_broad_exception(node):
    """Exception / BaseException (builtins.Exception): any error passes. pytest.fail.Exception, errors.Exception are the
    specific classes an attribute names."""
    t = type(node)
    if t is Name:
        return node.id in ("Exception", "BaseException")
    return t is Attribute and node.attr in ("Exception", "BaseException") and type(node.value) is Name and node.value.id == "builtins"


VK_MATCH, VK_PATH, VK_CHILD = 1, 2, 3


def is_path(node, kinds):
    """An expression that is a path object: tmp_path / "x", Path(...), p.parent, tmpdir.join("x"), a name that held one."""
    t = type(node)
    if t is ast.BinOp:
        return type(node.op) is ast.Div
    if t is Call:
        return last_name(node.func) in PATH_BUILDERS
    if t is Attribute:
        return node.attr in ("parent", "path", "rootpath", "tmp_path") or node.attr.endswith(("_path", "_dir"))
    if t is Name:
        if kinds is not None and node.id in kinds:
            return kinds[node.id] == VK_PATH
        name = node.id.lower()
        return name in PATH_FIXTURES or name.endswith(("_path", "_dir", "_file", "_folder", "path", "dir"))
    return False


def is_regex(node):
    """The receiver of a regex match: the re module, re.compile(p), a name that says pattern (VERSION_RE, pattern, rx), not
    any object with a search method (r.ft().search(query))."""
    if type(node) is Call:
        node = node.func
    name = last_name(node) if type(node) in (Name, Attribute) else None
    if name is None:
        return False
    name = name.lower()
    return name in ("re", "regex", "rx", "pat", "compile") or name.endswith(("_re", "regex", "pattern", "_rx", "_pat"))


def value_kind(value, kinds):
    """What an assigned value is, for a later assertion on its name: a regex match, a path, a pexpect child."""
    if type(value) is Call:
        if is_match_call(value) and is_regex(value.func.value):
            return VK_MATCH
        name = last_name(value.func)
        if name and (name.startswith("spawn") or name in ("PopenSpawn", "fdspawn", "pxssh")):
            return VK_CHILD
    return VK_PATH if is_path(value, kinds) else None


def is_none(node):
    return type(node) is Constant and node.value is None


def is_bool(node):
    return type(node) is Constant and type(node.value) is bool


def is_zero_or_one(node):
    return type(node) is Constant and type(node.value) in (int, float) and node.value in (0, 1)


def is_count(node):
    if type(node) is Call:
        f = node.func
        return (type(f) is Name and f.id == "len") or (type(f) is Attribute and f.attr == "count")
    return False


def is_collection(node):
    t = type(node)
    if t in COLLECTION_NODES:
        return True
    return t is Call and type(node.func) is Name and node.func.id in COLLECTION_CALLS and bool(node.args or node.keywords)


def is_constructor_call(node):
    return type(node) is Call and (last_name(node.func) or "a")[0].isupper()


def looks_like_todo(message):
    m = message.lower()
    return any(w in m for w in TODO_WORDS)


def is_host_literal(value):
    v = value.lower()
    return "localhost" in v or "127.0.0.1" in v or v.startswith("http://") or v.startswith("https://")


def body_without_docstring(body):
    if body and type(body[0]) is ast.Expr and str_value(body[0].value) is not None:
        return body[1:]
    return body


class Unit(object):
    """What one function (or a class's set-up code, or module-level code) does."""

    __slots__ = ("kinds", "name", "container", "kind", "line", "end", "traits", "cases", "asserts", "mocks", "calls", "touches", "skips",
                 "params", "placeholder", "events", "fresh", "assign_count", "constructed", "returns", "uses_temp", "fs",
                 "net_vars", "label", "param_traits", "sut", "registered", "overlay", "built", "handed", "fakes_net",
                 "fixture_by_value", "exit_check", "wraps", "discarded")

    def __init__(self, name, container, kind, line, end, label):
        self.name, self.container, self.kind, self.line, self.end, self.label = name, container, kind, line, end, label
        self.traits, self.cases, self.params, self.placeholder = [], 1, [], False
        self.asserts, self.mocks, self.calls, self.touches, self.skips, self.events, self.fs = [], [], [], [], [], [], []
        self.fresh, self.assign_count, self.constructed, self.returns, self.net_vars = set(), {}, {}, set(), {}
        self.built = None  # [line, evidence, variable] of clients constructed (see CLIENT_BUILDERS)
        self.handed = None  # names stored into another object's attribute (executor._chef = chef): handed on
        self.uses_temp = False
        self.registered = False
        self.fakes_net = False  # runs under an in-process network fake (NETWORK_FAKES)
        self.fixture_by_value = False  # request.getfixturevalue(name) with a name that is not a literal
        self.param_traits = None
        self.sut = ()
        # A test* method of a class whose base comes from another module: a helper here, and what it is as a test
        # ({"x": candidate class, "tr", "sk", "cc", "p", "ph", "pt"}) should the C# cross-file pass find a unittest base.
        self.overlay = None
        # 1: a @contextmanager before its yield, 2: after it or an __exit__ — where a raise fails the with on exit.
        self.exit_check = 0
        self.wraps = False  # defines a function it hands out: a decorator's wrapper, a decorator factory
        self.discarded = None  # [line, text] of the first comparison written as a statement (x == y without assert)
        self.kinds = None  # name -> what it was last assigned: VK_MATCH (re.search(...)), VK_PATH, VK_CHILD (pexpect)

    def is_empty(self):
        return not (self.asserts or self.mocks or self.touches or self.skips)

    def to_json(self):
        d = {"n": self.name, "c": self.container, "k": self.kind, "l": self.line, "e": self.end}
        if self.traits:
            d["tr"] = self.traits
        if self.cases != 1:
            d["cc"] = self.cases
        if self.asserts:
            d["a"] = self.asserts
        if self.mocks:
            d["m"] = self.mocks
        if self.calls:
            d["ca"] = self.calls
        touches = self.touches if self.uses_temp else self.touches + self.fs
        if touches:
            d["to"] = touches
        if self.skips:
            d["sk"] = self.skips
        if self.params:
            d["p"] = self.params
        if self.placeholder:
            d["ph"] = 1
        if self.param_traits:
            d["pt"] = self.param_traits
        if self.registered:
            d["rg"] = 1
        if self.fakes_net:
            d["fn"] = 1
        if self.wraps:
            d["wr"] = 1
        if self.overlay is not None:
            d["tv"] = self.overlay
        if self.discarded is not None:
            d["dc"] = self.discarded
        return d


def event_traits(events, key):
    """MockTraits a variable earns from how the unit uses it: configure, verify, or inspect in an assertion."""
    traits = 0
    attribute = key.rsplit(".", 1)[-1]
    for root, attrs, store, in_assert in events:
        if root != key:
            # obj.raw = Mock(), then obj.raw.stream.side_effect = ...: the chain continues after the attribute.
            if attribute not in attrs:
                continue
            attrs = attrs[attrs.index(attribute) + 1:]
        verified = False
        for a in attrs:
            if a in CONFIG_ATTRS:
                traits |= M_CONFIGURED
            elif a in VERIFY_ATTRS or a.startswith("assert_"):
                traits |= M_VERIFIED
                verified = True
        if store and attrs:
            traits |= M_CONFIGURED
        if in_assert and not verified:
            traits |= M_INSPECTED
    return traits


PARENT_CHECKS = frozenset(("assert_has_calls", "mock_calls", "method_calls"))


def parent_checks(events, parent):
    """A child attached to a mock (m.child = Mock()) is verified with its parent: m.assert_has_calls([call.child()]),
    assert m.mock_calls == [...] record the children's calls too."""
    for root, attrs, store, in_assert in events:
        if root == parent and attrs and attrs[0] in PARENT_CHECKS and not store:
            if attrs[0] == "assert_has_calls":
                return M_VERIFIED
            if in_assert:
                return M_INSPECTED
    return 0


# ---------------------------------------------------------------- what pytest collects
UNITTEST_BASES = frozenset(("TestCase", "IsolatedAsyncioTestCase", "AsyncTestCase", "TransactionTestCase", "SimpleTestCase",
                            "LiveServerTestCase", "APITestCase"))
# Bases that never lead to a test class: not worth resolving in other modules.
PLAIN_BASES = frozenset(("object", "Exception", "BaseException", "ABC", "Generic", "Protocol", "Enum", "IntEnum", "StrEnum",
                         "NamedTuple", "TypedDict", "dict", "list", "tuple", "set", "str", "int", "type", "Mock", "MagicMock",
                         "Thread", "BaseModel", "ValueError", "RuntimeError", "TypeError", "KeyError"))


FIXTURE_DECORATORS = frozenset(("pytest.fixture", "fixture", "pytest_asyncio.fixture", "_pytest.fixtures.fixture", "pytest.yield_fixture"))


def is_unittest_name(name):
    """A base pytest collects as unittest.TestCase (or a project's TestBase) by its name alone."""
    return name in UNITTEST_BASES or name.endswith("TestCase") or name.endswith("TestBase") or name.startswith("BaseTest")


# pytest's default norecursedirs.
DEFAULT_NORECURSE = ("*.egg", ".*", "_darcs", "build", "CVS", "dist", "node_modules", "venv", "{arch}")


class Naming(object):
    """pytest's python_files, python_classes and python_functions: each value a name prefix or a glob."""

    __slots__ = ("files", "classes", "functions", "folder", "norecurse", "ignores", "ignore_globs")

    def __init__(self, files=("test_*.py", "*_test.py"), classes=("Test",), functions=("test",), folder=None,
                 norecurse=DEFAULT_NORECURSE, ignores=(), ignore_globs=()):
        # Each of classes and functions as (prefixes, globs): one str.startswith call for the usual case.
        self.files = tuple(files)
        # The folder of the configuration file (None: no file), and what pytest never collects below it: folders
        # matching norecursedirs, addopts' --ignore paths and --ignore-glob patterns (absolute, resolved from the folder).
        self.folder = folder
        self.norecurse = tuple(p.replace("/", os.sep) for p in norecurse)  # as pytest's fnmatch_ex on Windows
        self.ignores = frozenset(ignores)
        self.ignore_globs = tuple(ignore_globs)
        self.classes = (tuple(classes), tuple(o for o in classes if "*" in o or "?" in o or "[" in o))
        self.functions = (tuple(functions), tuple(o for o in functions if "*" in o or "?" in o or "[" in o))

    @staticmethod
    def matches(name, options):
        prefixes, globs = options
        if name.startswith(prefixes):
            return True
        for option in globs:
            if fnmatch.fnmatch(name, option):
                return True
        return False

    def excludes(self, path):
        """Whether a run from this configuration's folder never collects the file at the absolute path: pytest does not
        recurse into a folder below the folder that norecursedirs matches (fnmatch_ex: a pattern without "/" matches the
        folder's name, one with "/" its path as a suffix), nor collects a path --ignore names or --ignore-glob matches."""
        folder = self.folder
        if folder is None or not path.startswith(folder + os.sep):
            return False
        if path in self.ignores or any(fnmatch.fnmatch(path, g) for g in self.ignore_globs):
            return True
        d = os.path.dirname(path)
        while len(d) > len(folder):
            if d in self.ignores or any(fnmatch.fnmatch(d, g) for g in self.ignore_globs):
                return True
            name = os.path.basename(d)
            for pattern in self.norecurse:
                if os.sep in pattern:
                    if fnmatch.fnmatch(d, pattern if os.path.isabs(pattern) else "*" + os.sep + pattern.rstrip(os.sep)):
                        return True
                elif fnmatch.fnmatch(name, pattern):
                    return True
            d = os.path.dirname(d)
        return False

    def module(self, relpath):
        # testpaths is not used: it is only where pytest looks when given no arguments, and suites keep tests run by
        # explicit path outside it (celery: testpaths = t/unit, integration tests run as pytest t/integration).
        # As pytest's fnmatch_ex: a pattern without "/" matches the file name, one with "/" the path, as a suffix
        # (scrapy: test_*/__init__.py). The path is the one under the audited folder, so the result stays a function of it.
        base = relpath.rsplit("/", 1)[-1]
        for pattern in self.files:
            if "/" in pattern:
                if fnmatch.fnmatchcase("/" + relpath, pattern if pattern.startswith("/") else "*/" + pattern):
                    return True
            elif fnmatch.fnmatch(base, pattern):
                return True
        return False


DEFAULT_NAMING = Naming()


def uncollected(path, relpath, config):
    """Whether pytest never collects the file: a configuration governing it, or one above it, excludes it (Naming.excludes),
    or, with no configuration, a folder of its path below the audited folder matches pytest's default norecursedirs."""
    if not 0 <= config < len(NAMINGS):
        parts = relpath.split("/")[:-1]
        return any(fnmatch.fnmatch(p, pattern) for p in parts for pattern in DEFAULT_NORECURSE)
    seen = 0
    while 0 <= config < len(NAMINGS) and seen < 64:
        if NAMINGS[config].excludes(path):
            return True
        config = PARENTS[config] if config < len(PARENTS) else -1
        seen += 1
    return False


def read_naming(path):
    """The collection settings of one pytest configuration file; pytest's defaults for whatever it does not set."""
    options = {}
    try:
        if path.endswith(".toml"):
            try:
                import tomllib
            except ImportError:  # Python < 3.11 without tomli: pyproject settings cannot be read
                try:
                    import tomli as tomllib
                except ImportError:
                    return DEFAULT_NAMING
            with open(path, "rb") as f:
                document = tomllib.load(f)
            if path.endswith("pytest.toml"):  # pytest.toml / .pytest.toml (pytest 9): a [pytest] table
                options = document.get("pytest", {})
            else:
                # pyproject.toml: [tool.pytest.ini_options] (INI mode, also written as dotted keys under [tool.pytest]),
                # else pytest 9's native [tool.pytest] keys.
                table = document.get("tool", {}).get("pytest", {})
                options = table.get("ini_options")
                if not isinstance(options, dict):
                    options = table
        else:
            import configparser
            parser = configparser.ConfigParser(interpolation=None)
            parser.read(path, encoding="utf-8")
            section = "tool:pytest" if path.endswith("setup.cfg") else "pytest"
            options = dict(parser[section]) if parser.has_section(section) else {}
    except Exception:  # an unreadable or malformed configuration: pytest's defaults, as for no configuration
        return DEFAULT_NAMING

    def values(key, default):
        # A key set to nothing (python_functions = [], mypy) collects nothing: only an absent key means the default.
        value = options.get(key)
        if value is None:
            return default
        if isinstance(value, str):
            import shlex
            return tuple(shlex.split(value))
        if isinstance(value, (list, tuple)):
            return tuple(str(v) for v in value)
        return (str(value),)

    folder = os.path.dirname(os.path.abspath(path))
    ignores, globs = [], []
    addopts = values("addopts", ())
    for i, option in enumerate(addopts):
        for flag, into in (("--ignore", ignores), ("--ignore-glob", globs)):
            if option == flag and i + 1 < len(addopts):
                value = addopts[i + 1]
            elif option.startswith(flag + "="):
                value = option[len(flag) + 1:]
            else:
                continue
            value = os.path.normpath(os.path.join(folder, value)) if flag == "--ignore" else os.path.join(folder, value)
            into.append(value.rstrip(os.sep) or value)
    return Naming(values("python_files", DEFAULT_NAMING.files), values("python_classes", ("Test",)),
                  values("python_functions", ("test",)), folder, values("norecursedirs", DEFAULT_NORECURSE), ignores, globs)


NAMINGS = []
PARENTS = []


class FileSummary(object):
    def __init__(self, tree, source, relpath, naming=DEFAULT_NAMING):
        self.tree = tree
        self.source = source
        self.lines = None
        base = relpath.rsplit("/", 1)[-1]
        self.module = base[:-3] if base.endswith(".py") else base
        self.naming = naming
        self.is_test_module = naming.module(relpath)
        self.aliases = {}
        self.imports = []
        self.names = set()
        self.literals = []
        self.cfg = []
        self.fallbacks = []
        self.units = []
        self.types = []
        self.file_traits = []
        self.file_fixtures = []
        self.file_skips = []
        self.constants = {}
        self.assigned = {}
        self.url_context = {}
        self.data_lits = {}  # id of a string constant -> its test-data context (ASSERTED, ROW, KEY), set before the walk reaches it
        self.guarded_skips = {}  # id of a skip call or raise -> why it is not a missing environment (GUARD_CI, GUARD_CAPABILITY)
        self.handler_raises = set()  # ids of raises in except handlers of context managers: translations, not checks
        self.contained = {}
        self.class_fakes_net = False
        self.answers = set()  # ids of calls a nested function or lambda returns (answers_of)
        self.stubs = set()
        self.children = {}  # id of a mock created as a child of another mock (m.child = Mock()) -> the parent's key
        self.local_classes = {}
        self.bound = set()
        self.class_aliases = {}
        self.chains = {}
        self.candidates = []
        self.candidate_of = {}
        self.inherited = {}
        self.derived = []
        self.module_functions = set()
        self.shadowed = ()  # the walked function's parameters that are also module functions: def test(update) shadows def update()
        self.module_sut = None
        self.forwards = None  # module function name -> the call it only returns (forwarded_call)
        self.class_forwards = None  # the same for the methods of the class being walked
        self.inproc = {}  # id of a unit -> {variable: handler} for its in-process clients and transports (in_process)
        self.local_defs = {}  # id of a unit -> {name: "@start-end"} of the functions nested in it
        self.local_routes = {}  # id of a unit -> {path: "@start-end,..."} of the routes it declares on its app
        self.route_decs = set()  # ids of route decorators of nested functions: registrations, not requests
        self.kinds = None  # the value kinds (Unit.kinds) of the unit whose assertion is being graded
        self.bdd_steps = []  # module functions that are pytest-bdd step definitions

    # ---------------------------------------------------------------- plumbing
    def snippet(self, node, limit=140):
        if self.lines is None:
            self.lines = self.source.split(b"\n")
        try:
            first, last = node.lineno - 1, node.end_lineno - 1
            if first == last:
                raw = self.lines[first][node.col_offset:node.end_col_offset]
            else:
                raw = b" ".join([self.lines[first][node.col_offset:]] + self.lines[first + 1:last] + [self.lines[last][:node.end_col_offset]])
            text = " ".join(raw.decode("utf-8", "replace").split())
        except (AttributeError, IndexError, TypeError):
            return ""
        return text if len(text) <= limit else text[:limit] + "\u2026"

    def resolve(self, name):
        if name is None:
            return None
        head, sep, rest = name.partition(".")
        target = self.aliases.get(head)
        if target is None:
            return name
        return target + sep + rest if sep else target

    def add_import(self, module):
        if module and module not in self.imports_seen:
            self.imports_seen.add(module)
            self.imports.append(module)

    def record_import(self, node):
        if type(node) is ast.Import:
            for a in node.names:
                self.add_import(a.name)
                if a.asname:
                    self.aliases[a.asname] = a.name
                else:
                    head = a.name.split(".")[0]
                    self.aliases.setdefault(head, head)
                self.names.add(a.asname or a.name.split(".")[0])
        else:
            module = "." * (node.level or 0) + (node.module or "")
            self.add_import(module)
            for a in node.names:
                if a.name != "*":
                    self.aliases[a.asname or a.name] = (module + "." + a.name) if module else a.name
                    self.names.add(a.asname or a.name)
                    if a.asname:
                        self.names.add(a.name)  # from helpers import make_order as mk names make_order

    def type_checks(self):
        """A type checker's input: imports typing's assert_type or reveal_type and holds no test (mypy/pyright check it, no
        one runs it: typing_checks.py, tests/typing/*.py); its functions are the type tests."""
        for name in ("assert_type", "reveal_type"):
            if self.aliases.get(name) in ("typing." + name, "typing_extensions." + name):
                return not any(u.kind == "T" for u in self.units)
        return False

    # ---------------------------------------------------------------- the file
    def run(self):
        self.imports_seen = set()
        body = self.tree.body
        factories = None  # module functions that build and return a function: decorator factories
        for stmt in body:
            t = type(stmt)
            if t in (ast.Import, ast.ImportFrom):
                self.record_import(stmt)
            elif t in (ast.If, ast.Try) or (hasattr(ast, "TryStar") and t is ast.TryStar):
                for inner in ast.iter_child_nodes(stmt):
                    if type(inner) in (ast.Import, ast.ImportFrom):
                        self.record_import(inner)
                for block in (getattr(stmt, "body", []), getattr(stmt, "orelse", []), getattr(stmt, "finalbody", [])):
                    for inner in block:
                        if type(inner) in (ast.Import, ast.ImportFrom):
                            self.record_import(inner)
                for handler in getattr(stmt, "handlers", []):
                    for inner in handler.body:
                        if type(inner) in (ast.Import, ast.ImportFrom):
                            self.record_import(inner)
            elif t is Assign:
                if len(stmt.targets) == 1 and type(stmt.targets[0]) is Name:
                    self.constants[stmt.targets[0].id] = stmt.value
                    if type(stmt.value) in (Name, Attribute):
                        self.class_aliases[stmt.targets[0].id] = stmt.value  # Suite = TestCase (mypy)
                for x in stmt.targets:
                    if type(x) is Name:
                        self.bound.add(x.id)
            elif t is ast.AnnAssign and type(stmt.target) is Name:
                self.bound.add(stmt.target.id)
            elif t is ast.ClassDef:
                self.local_classes[stmt.name] = stmt
                self.bound.add(stmt.name)
            elif t in FUNCTIONS:
                self.bound.add(stmt.name)
                self.module_functions.add(stmt.name)
                forwarded = forwarded_call(stmt)
                if forwarded is not None:
                    if self.forwards is None:
                        self.forwards = {}
                    self.forwards[stmt.name] = forwarded
                if stmt.decorator_list and "pytest_bdd" in self.imports_seen:
                    for dec in stmt.decorator_list:
                        if self.is_bdd_step(dec.func if type(dec) is Call else dec):
                            self.bdd_steps.append(stmt.name)
                            break
                last = stmt.body[-1] if stmt.body else None
                if type(last) is ast.Return and type(last.value) is Name \
                        and any(type(s) in FUNCTIONS and s.name == last.value.id for s in stmt.body):
                    factories = factories or set()  # def fails_with(e): def accepts(f): …; return accepts
                    factories.add(stmt.name)

        if self.local_classes:
            self.collecting_bases()
        module_unit = Unit("(module)", self.module, "S", 1, 1, self.module)
        module_code = []
        pytestmark = None
        for stmt in definitions_in_blocks(body_without_docstring(body)):
            t = type(stmt)
            if t in FUNCTIONS:
                self.function(stmt, None, [], [], [], 1, ())
            elif t is ast.ClassDef:
                self.klass(stmt, [], [], [], 1)
            elif t in (ast.Import, ast.ImportFrom):
                continue
            else:
                if t is Assign and any(type(x) is Name and x.id == "pytestmark" for x in stmt.targets):
                    pytestmark = stmt.value
                self.module_constant(stmt, None)
                module_code.append(stmt)

        if factories:
            # fails = fails_with(AssertionError): a decorator made by a factory of this module, which @fails runs.
            for name, value in self.constants.items():
                if type(value) is Call and type(value.func) is Name and value.func.id in factories and name not in self.module_functions:
                    alias = Unit(name, self.module, "H", value.lineno, value.end_lineno or value.lineno, name)
                    alias.calls.append([value.lineno, value.func.id, None, INVOCATION, None, len(value.args) + len(value.keywords)])
                    alias.wraps = True
                    self.units.append(alias)

        if pytestmark is not None:
            markers = pytestmark.elts if type(pytestmark) in (ast.List, ast.Tuple) else [pytestmark]
            traits, skips, fixtures, _ = self.markers(markers)
            self.file_traits.extend(traits)
            self.file_fixtures.extend(fixtures)
            self.file_skips.extend(skips)

        if module_code:
            self.walk(module_code, module_unit)
            if module_unit.built is not None:
                self.clients_used(module_unit, self.units)
            for s in module_unit.skips:
                if s[0] == RUNTIME:
                    self.file_skips.append(s)
            if not module_unit.is_empty():
                module_unit.end = module_code[-1].end_lineno or 1
                module_unit.line = module_code[0].lineno
                self.finish_mocks(module_unit, module_unit.events + self.all_events)
                self.units.insert(0, module_unit)

        if self.file_skips or self.file_fixtures:
            for u in self.units:
                if u.kind == "T":
                    if self.file_skips and not any(s[1] == DECLARED for s in u.skips):
                        u.skips = u.skips + [[s[0], s[1], s[2]] for s in self.file_skips]
                    for f in self.file_fixtures:
                        if f not in u.params:
                            u.params.append(f)
                elif u.overlay is not None:
                    o = u.overlay
                    if self.file_skips and not any(s[1] == DECLARED for s in o.get("sk", ())):
                        o["sk"] = o.get("sk", []) + [[s[0], s[1], s[2]] for s in self.file_skips]
                    for f in self.file_fixtures:
                        if f not in o.setdefault("p", []):
                            o["p"].append(f)

        out = {
            "u": [u.to_json() for u in self.units],
        }
        if self.imports:
            out["imp"] = self.imports
        if self.file_traits:
            out["tr"] = self.file_traits
        if self.types:
            out["ty"] = self.types
        if self.literals:
            out["lit"] = self.literals
        if self.cfg:
            out["cfg"] = self.cfg
        if self.fallbacks:
            out["fb"] = self.fallbacks
        out["nm"] = list(self.names)
        # For the cross-file pass: the module's classes (and class aliases) that are unittest bases, those whose bases
        # come from other modules (with those bases' names), and this file's test-like classes waiting on such bases.
        unittest_names, pending = [], []
        for name in list(self.local_classes) + [a for a in self.class_aliases if a[:1].isupper()]:
            ok, leaves = self.chain(name)
            if ok:
                unittest_names.append(name)
            elif leaves:
                pending.append([name, list(leaves)])
        if unittest_names:
            out["xu"] = unittest_names
        if pending:
            out["xb"] = pending
        if self.candidates:
            for name, index in self.candidate_of.items():
                ancestors = self.local_ancestors(name)
                if ancestors:
                    self.candidates[index].append([self.candidate_of[a] for a in ancestors if a in self.candidate_of])
            out["xc"] = self.candidates
        if self.derived:
            out["xd"] = self.derived
        return out

    def collecting_bases(self):
        """The module's classes pytest does not collect but a collected class of the module derives from (a contract
        mixin: class _DictContract with test_* methods, class TestDict(_DictContract)): their test methods run in every
        collecting subclass. self.inherited: name -> [collecting subclasses, one of them a unittest class]. The bases
        such classes take from other modules go to self.derived ("xd"): the cross-file pass finds the mixins there."""
        if not self.is_test_module:
            return
        local = self.local_classes
        for name, node in local.items():
            unittest = False
            for b in node.bases:
                if self.chain(b)[0]:
                    unittest = True
                    break
            if not unittest and not (Naming.matches(name, self.naming.classes)
                                     and not any(type(s) in FUNCTIONS and s.name == "__init__" for s in node.body)):
                continue
            seen = {name}
            stack = list(node.bases)
            while stack:
                b = stack.pop()
                base = last_name(b)
                if not base or base in PLAIN_BASES or base in seen:
                    continue
                full = dotted(b)
                if full == base and base in local:
                    seen.add(base)
                    entry = self.inherited.get(base)
                    if entry is None:
                        self.inherited[base] = [1, unittest]
                    else:
                        entry[0] += 1
                        entry[1] = entry[1] or unittest
                    stack.extend(local[base].bases)
                elif not is_unittest_name(base) and base not in self.class_aliases:
                    seen.add(base)
                    self.derived.append(self.resolve(full or base))
        # A collected class is no mixin of another: its tests are its own.
        for name in list(self.inherited):
            node = local[name]
            if any(self.chain(b)[0] for b in node.bases) or (Naming.matches(name, self.naming.classes) and not any(
                    type(s) in FUNCTIONS and s.name == "__init__" for s in node.body)):
                del self.inherited[name]

    def local_ancestors(self, name):
        """The module's classes a class derives from, at any depth through the module's classes."""
        found = []
        stack = list(self.local_classes[name].bases) if name in self.local_classes else []
        while stack:
            b = stack.pop()
            if type(b) is Name and b.id in self.local_classes and b.id != name and b.id not in found:
                found.append(b.id)
                stack.extend(self.local_classes[b.id].bases)
        return found

    @property
    def all_events(self):
        events = []
        for u in self.units:
            events.extend(u.events)
        return events

    def module_constant(self, stmt, cls):
        """Module constants and class fields (dataclass/pydantic defaults) as config defaults."""
        t = type(stmt)
        if t is Assign:
            targets, value = stmt.targets, stmt.value
        elif t is ast.AnnAssign and stmt.value is not None:
            targets, value = [stmt.target], stmt.value
        else:
            return
        v = str_value(value)
        if v is None and type(value) is Call and last_name(value.func) in ("Field", "field"):
            v = str_value(value.args[0]) if value.args else None
            for kw in value.keywords:
                if kw.arg == "default":
                    v = str_value(kw.value)
        if v is None:
            return
        for target in targets:
            if type(target) is Name and target.id != "pytestmark":
                key = target.id if cls is None else cls + "." + target.id
                self.cfg.append([stmt.lineno, key, v, "constant" if cls is None else "field"])

    # ---------------------------------------------------------------- decorators and markers
    def decorator_info(self, dec):
        """(resolved dotted name, call node or None) of a decorator."""
        call = dec if type(dec) is Call else None
        name = dotted(call.func if call is not None else dec)
        return self.resolve(name), call

    def registered(self, decorators):
        """Whether a decorator registers the definition with an object that calls it (REGISTRATION_VERBS)."""
        for dec in decorators:
            f = dec.func if type(dec) is Call else dec
            if type(f) is Attribute:
                root = f.value
                while type(root) is Attribute:
                    root = root.value
                if type(root) is not Name:
                    continue
                if root.id in self.bound:
                    return True
                resolved = self.resolve(dotted(f)) or ""
                if f.attr in REGISTRATION_VERBS and resolved.split(".", 1)[0] not in WRAPPING_MODULES:
                    return True
            elif type(f) is Name and (self.resolve(f.id) or f.id).rsplit(".", 1)[-1] in REGISTERING_NAMES:
                return True
            if self.is_bdd_step(f):
                return True
        return False

    def is_bdd_step(self, f):
        """@given("…"), @pytest_bdd.then(parsers.parse("…")): a pytest-bdd step definition."""
        if type(f) not in (Name, Attribute):
            return False
        resolved = self.resolve(dotted(f)) or ""
        return resolved.startswith("pytest_bdd.") and resolved.rsplit(".", 1)[-1] in BDD_STEPS

    def marker_name(self, resolved):
        for prefix in ("pytest.mark.", "_pytest.mark.", "mark."):
            if resolved and resolved.startswith(prefix):
                return resolved[len(prefix):]
        return None

    def markers(self, decorators):
        """Traits, skips, usefixtures names and case multiplier from pytest/unittest decorators or pytestmark values."""
        traits, skips, fixtures, cases = [], [], [], 1
        for dec in decorators:
            collect_names(dec, self.names)
            resolved, call = self.decorator_info(dec)
            if resolved is None:
                continue
            marker = self.marker_name(resolved)
            args = call.args if call is not None else []
            kwargs = {k.arg: k.value for k in call.keywords} if call is not None else {}
            reason = str_value(kwargs.get("reason"))
            if marker is None:
                short = resolved.split(".")[-1]
                if resolved in ("unittest.skip", "skip") or (resolved.endswith(".skip") and resolved.startswith("unittest")):
                    skips.append([dec.lineno, DECLARED, reason or (str_value(args[0]) if args else None)])  # skip(reason="...") too
                elif short in ("skipIf", "skipUnless") and (resolved.startswith("unittest") or resolved == short):
                    kind = DECLARED if self.platform_condition(args[0] if args else None) else RUNTIME
                    skips.append([dec.lineno, kind, reason or (str_value(args[1]) if len(args) > 1 else None)])
                elif short == "expectedFailure":
                    skips.append([dec.lineno, EXPECTED_FAILURE, None])
                elif short == "expand" and "parameterized" in resolved or resolved in ("parameterized", "parameterized.parameterized"):
                    cases *= self.case_count(args[0] if args else None)
                continue
            if marker == "parametrize":
                values = args[1] if len(args) > 1 else kwargs.get("argvalues")
                cases *= self.case_count(values)
            elif marker == "skip":
                skips.append([dec.lineno, DECLARED, reason or (str_value(args[0]) if args else None)])
            elif marker == "skipif":
                kind = DECLARED if self.platform_condition(args[0] if args else kwargs.get("condition")) else RUNTIME
                skips.append([dec.lineno, kind, reason])
            elif marker == "xfail":
                skips.append([dec.lineno, EXPECTED_FAILURE, reason or (str_value(args[1]) if len(args) > 1 else None)])
            elif marker == "usefixtures":
                for a in args:
                    v = str_value(a)
                    if v:
                        fixtures.append(v)
                        self.names.add(v)
            elif marker not in SKIP_ONLY_MARKERS:
                values = []
                for a in list(args) + [k.value for k in (call.keywords if call is not None else [])]:
                    if type(a) is Constant and type(a.value) in (str, int, float):
                        values.append(str(a.value))
                    elif type(a) in (ast.List, ast.Tuple):
                        values.extend(str(e.value) for e in a.elts if type(e) is Constant)
                if not values:
                    values = [""]
                for v in values:
                    traits.append([marker, v])
        return traits, skips, fixtures, cases

    def platform_condition(self, node):
        if node is None:
            return False
        for n in ast.walk(node):
            if type(n) is Attribute and (n.attr in ("platform", "version_info", "name", "implementation", "system")
                                         and type(n.value) is Name and n.value.id in ("sys", "os", "platform")):
                return True
            if type(n) is Call and dotted(n.func) in ("platform.system", "platform.python_implementation", "sys.platform.startswith"):
                return True
            # A version gate (DJANGO_VERSION < (3, 1), parse_version(x.__version__) >= ...): which library the suite runs
            # against, known before any test runs — declared like a platform, not an environment that went missing.
            if type(n) is ast.Compare and any("version" in (last_name(x) or "").lower() for x in ast.walk(n) if type(x) in (Name, Attribute)):
                return True
        return False

    def case_count(self, node):
        if type(node) is Name and node.id in self.constants:
            node = self.constants[node.id]
        t = type(node)
        if t in (ast.List, ast.Tuple, ast.Set):
            return max(1, len(node.elts))
        if t is Call and type(node.func) is Name and node.func.id == "range" and len(node.args) == 1 and type(node.args[0]) is Constant:
            return max(1, int(node.args[0].value))
        return 1

    def fixture_info(self, decorators):
        """(is fixture, name override, traits) of a function's decorators."""
        for dec in decorators:
            resolved, call = self.decorator_info(dec)
            if resolved in FIXTURE_DECORATORS:
                name, traits = None, []
                if call is not None:
                    for kw in call.keywords:
                        if kw.arg == "name":
                            name = str_value(kw.value)
                        elif kw.arg == "autouse" and type(kw.value) is Constant and kw.value.value is True:
                            traits.append(["autouse", "true"])
                        elif kw.arg == "scope" and str_value(kw.value):
                            traits.append(["scope", str_value(kw.value)])
                        elif kw.arg == "params":
                            traits.append(["params", str(self.case_count(kw.value))])
                return True, name, traits
        return False, None, []

    # ---------------------------------------------------------------- classes and functions
    def klass(self, node, outer_traits, outer_skips, outer_fixtures, outer_cases):
        """A class; its methods run under the network fakes that decorate it (@mock_aws class TestS3: ...)."""
        saved = self.class_fakes_net
        if node.decorator_list and self.fakes_network(node.decorator_list):
            self.class_fakes_net = True
        try:
            return self.class_body(node, outer_traits, outer_skips, outer_fixtures, outer_cases)
        finally:
            self.class_fakes_net = saved

    def fakes_network(self, decorators):
        """Whether a decorator runs the definition under an in-process network fake (@mock_aws, @responses.activate)."""
        for dec in decorators:
            f = dec.func if type(dec) is Call else dec
            if type(f) in (Name, Attribute) and is_network_fake(self.resolve(dotted(f))):
                return True
        return False

    def class_body(self, node, outer_traits, outer_skips, outer_fixtures, outer_cases):
        # Declared names are not references ("nm"): another file defining the same name does not use this one.
        bases = []
        for b in node.bases:
            n = last_name(b)
            if n:
                bases.append(n)
        for b in node.bases + [k.value for k in node.keywords]:
            collect_names(b, self.names)
        traits, skips, fixtures, cases = self.markers(node.decorator_list)
        patches = [d for d in node.decorator_list if self.patch_decorator(d)]
        body = body_without_docstring(node.body)
        for stmt in body:
            if type(stmt) is Assign and any(type(x) is Name and x.id == "pytestmark" for x in stmt.targets):
                marks = stmt.value.elts if type(stmt.value) in (ast.List, ast.Tuple) else [stmt.value]
                t2, s2, f2, c2 = self.markers(marks)
                traits, skips, fixtures, cases = traits + t2, skips + s2, fixtures + f2, cases * c2
        traits = outer_traits + traits
        skips = outer_skips + skips
        fixtures = outer_fixtures + fixtures
        cases *= outer_cases
        is_unittest = False
        leaves = []
        for b in node.bases:
            ok, more = self.chain(b)
            if ok:
                is_unittest = True
                break
            leaves.extend(m for m in more if m not in leaves)
        has_init = any(type(s) in FUNCTIONS and s.name == "__init__" for s in body)
        collected = self.is_test_module and (is_unittest or (Naming.matches(node.name, self.naming.classes) and not has_init))
        module_level = self.local_classes.get(node.name) is node
        inherited = self.inherited.get(node.name) if module_level and not collected else None
        if inherited is not None:
            cases *= inherited[0]  # run once in every collecting subclass
        candidate = None
        if not collected and inherited is None and (self.is_test_module and leaves or module_level) and any(
                type(s) in FUNCTIONS and s.name.startswith("test") and s.name not in SETUP_METHODS for s in body):
            # The cross-file pass decides: a base from another module (class X(fixtures.TablesTest), class X(Suite)) may be
            # a unittest base (collectable: in a test module), and a collected class of another module may derive from
            # this one (a contract mixin: class StoreContract with test_* methods, class TestDictStore(StoreContract)).
            candidate = len(self.candidates)
            self.candidates.append([-1, leaves, 1 if self.is_test_module else 0])
            if module_level:
                self.candidate_of[node.name] = candidate
        sut = self.sut_names(node.name)

        outer_forwards = self.class_forwards
        forwards = None
        for stmt in body:
            if type(stmt) in FUNCTIONS:
                forwarded = forwarded_call(stmt)
                if forwarded is not None:
                    if forwards is None:
                        forwards = {}
                    forwards[stmt.name] = forwarded
        self.class_forwards = forwards

        setup = Unit("(setup)", node.name, "S", node.lineno, node.end_lineno, node.name)
        setup_nodes = []
        first_unit = len(self.units)
        has_tests = False
        methods = 0
        trivial = 0
        for stmt in body:
            t = type(stmt)
            if t in FUNCTIONS:
                methods += 1
                if self.trivial_body(stmt.body):
                    trivial += 1
                if stmt.name in SETUP_METHODS:
                    self.names.add(stmt.name)
                    self.parameter_defaults(stmt)
                    setup_nodes.extend(body_without_docstring(stmt.body))
                    setup.end = max(setup.end, stmt.end_lineno)
                    continue
                if inherited is not None:
                    is_test = Naming.matches(stmt.name, self.naming.functions) or (inherited[1] and stmt.name.startswith("test"))
                else:
                    is_test = collected and (stmt.name.startswith("test") if is_unittest else Naming.matches(stmt.name, self.naming.functions))
                has_tests |= is_test
                if candidate is not None and stmt.name.startswith("test"):
                    self.function(stmt, node.name, traits, skips, fixtures, cases, sut, False, patches, candidate)
                    continue
                self.function(stmt, node.name, traits if is_test else [], skips if is_test else [], fixtures if is_test else [],
                              cases if is_test else 1, sut, is_test, patches if is_test else [])
            elif t is ast.ClassDef:
                self.klass(stmt, traits, skips, fixtures, cases)
            else:
                self.module_constant(stmt, node.name)
                setup_nodes.append(stmt)
        if setup_nodes:
            setup.sut = sut
            self.walk(setup_nodes, setup)
            class_units = self.units[first_unit:]
            if setup.built is not None:
                self.finish_clients(setup)
                self.clients_used(setup, class_units)
            events = list(setup.events)
            for u in class_units:
                events.extend(u.events)
            self.finish_mocks(setup, events)
            if setup.mocks or setup.touches or setup.fs or setup.asserts or setup.calls:
                self.units.insert(first_unit, setup)
        self.class_forwards = outer_forwards
        fake = not has_tests and (bool(FAKE_NAME.search(node.name))
                                  or (bool(bases) and bases != ["object"] and methods > 0 and trivial * 2 >= methods))
        if candidate is not None:
            self.candidates[candidate][0] = len(self.types)
        entry = [node.name, node.lineno, node.end_lineno, bases, len(body), has_tests, fake]
        if not has_tests and (node.decorator_list and self.registered(node.decorator_list) or any(
                type(s) in FUNCTIONS and s.decorator_list and self.registered(s.decorator_list) for s in body)):
            entry.append(1)  # registered, or reached through a method it registers (a class of @view_config methods)
        self.types.append(entry)

    def chain(self, base, depth=0):
        """(True, ()) when a base (a class name or expression) reaches a unittest base through this module's classes,
        aliases and imports; else (False, the bases it leaves to other modules, each as the dotted name it is imported
        by when known: tests.base.ServiceCase, sqlalchemy.testing.fixtures.TablesTest, .test_session.AsyncFixture)."""
        if type(base) is str:
            name, full = base, None
        else:
            name = last_name(base)
            if not name:
                return False, ()
            full = dotted(base)
            if full == name:
                full = None
        known = self.chains.get(full or name)
        if known is not None:
            return known
        if full is None and (name in self.local_classes or name in self.class_aliases):
            # The module's own definition first: a plain local "class TestBase:" (scrapy) is no unittest base.
            if depth > 5:
                return False, ()
            cls = self.local_classes.get(name)
            bases = cls.bases if cls is not None else [self.class_aliases[name]]
            result = None
            leaves = []
            for b in bases:
                if type(b) is Name and b.id == name:
                    continue
                ok, more = self.chain(b, depth + 1)
                if ok:
                    result = (True, ())
                    break
                leaves.extend(m for m in more if m not in leaves)
            if result is None:
                # A class named like one whose bases are not all followed (with_metaclass(..., TestCase)) still is.
                derived = cls is not None and any(last_name(b) not in PLAIN_BASES for b in bases)
                result = (True, ()) if derived and is_unittest_name(name) else (False, tuple(leaves))
        elif is_unittest_name(name):
            result = (True, ())
        else:
            imported = self.resolve(full or name)  # from unittest import TestCase as TC; fixtures.TablesTest
            real = imported.rsplit(".", 1)[-1]
            if real != name and is_unittest_name(real):
                result = (True, ())
            else:
                result = (False, () if real in PLAIN_BASES else (imported,))
        self.chains[full or name] = result
        return result

    def sut_names(self, class_name):
        names = set()
        stem = self.module[5:] if self.module.startswith("test_") else self.module[:-5] if self.module.endswith("_test") else ""
        if stem:
            names.add("".join(p[:1].upper() + p[1:] for p in stem.split("_")))
        if class_name:
            c = class_name[4:] if class_name.startswith("Test") else class_name
            for suffix in ("Tests", "Test", "TestCase"):
                if c.endswith(suffix) and len(c) > len(suffix):
                    c = c[:-len(suffix)]
                    break
            if c:
                names.add(c)
        return tuple(names)

    def trivial_body(self, body):
        body = body_without_docstring(body)
        if not body:
            return True
        if len(body) > 2:
            return False
        last = body[-1]
        t = type(last)
        if t is ast.Pass:
            return True
        if t is ast.Return:
            v = last.value
            return v is None or type(v) in (Constant, Name, Attribute, ast.List, ast.Dict, ast.Tuple, ast.Set)
        if t is ast.Raise:
            return True
        if t is ast.Expr:
            v = last.value
            return type(v) is Constant or (type(v) is Call and last_name(v.func) in ("append", "add", "extend", "update"))
        return False

    def patch_decorator(self, dec):
        if type(dec) is not Call:
            return False
        resolved = self.resolve(dotted(dec.func)) or ""
        return self.patcher_name(resolved) is not None

    def patcher_name(self, resolved):
        for m in MOCK_MODULES:
            if resolved.startswith(m + "."):
                rest = resolved[len(m) + 1:]
                if rest in PATCHERS:
                    return rest
        return resolved if resolved in PATCHERS and "patch" in self.aliases.get("patch", "patch") else None

    def parameter_defaults(self, fn):
        a = fn.args
        positional = a.posonlyargs + a.args if hasattr(a, "posonlyargs") else a.args
        for arg, default in zip(positional[len(positional) - len(a.defaults):], a.defaults):
            v = str_value(default)
            if v is not None:
                self.cfg.append([default.lineno, arg.arg, v, "parameter"])
        for arg, default in zip(a.kwonlyargs, a.kw_defaults):
            v = str_value(default) if default is not None else None
            if v is not None:
                self.cfg.append([default.lineno, arg.arg, v, "parameter"])

    def function(self, fn, cls, traits, skips, fixtures, cases, sut, is_test=None, class_patches=(), candidate=None):
        self.parameter_defaults(fn)
        is_fixture, fixture_name, fixture_traits = self.fixture_info(fn.decorator_list)
        own_traits, own_skips, own_fixtures, own_cases = self.markers(fn.decorator_list)
        if is_test is None:
            is_test = self.is_test_module and cls is None and Naming.matches(fn.name, self.naming.functions) and not is_fixture
        if is_fixture:
            kind = "S"
        elif is_test:
            kind = "T"
        else:
            kind = "H"
        name = fixture_name or fn.name
        label = cls + "." + fn.name if cls else fn.name
        # Module-level fixtures belong to no container: tests reach them through their parameters, not by living beside them.
        unit = Unit(name, cls or (None if is_fixture else self.module), kind, fn.lineno, fn.end_lineno or fn.lineno, label)
        if kind == "H" and fn.decorator_list and self.registered(fn.decorator_list):
            unit.registered = True
        if self.class_fakes_net or (fn.decorator_list and self.fakes_network(fn.decorator_list)):
            unit.fakes_net = True
        if not sut:
            sut = self.module_sut
            if sut is None:
                sut = self.module_sut = self.sut_names(None)
        unit.sut = sut

        a = fn.args
        names = self.names
        for group in (a.args, a.kwonlyargs, getattr(a, "posonlyargs", ())):
            for arg in group:
                if arg.annotation is not None:
                    collect_names(arg.annotation, names)  # a type used only in annotations is used
        if fn.returns is not None:
            collect_names(fn.returns, names)
        for default in a.defaults:
            collect_names(default, names)  # def route(count=Depends(dep_counter)): a function passed as a default is used
        for default in a.kw_defaults:
            if default is not None:
                collect_names(default, names)
        params = [p.arg for p in (a.posonlyargs + a.args if hasattr(a, "posonlyargs") else a.args)] + [p.arg for p in a.kwonlyargs]
        if params and params[0] in ("self", "cls") and cls is not None:
            params = params[1:]
        for p in params:
            self.names.add(p)
        if params and any(p in TEMP_FIXTURES for p in params):
            unit.uses_temp = True

        # @patch decorators inject mocks into the first positional parameters, bottom-up.
        own_patches = [d for d in fn.decorator_list if self.patch_decorator(d)]
        injected = []
        # A candidate's class patches are for its overlay only (below): as a helper it records none of their mocks.
        for dec in list(reversed(own_patches)) + (list(reversed(class_patches)) if candidate is None else []):
            name_of = self.patcher_name(self.resolve(dotted(dec.func)))
            injects = name_of in ("patch", "patch.object") and not self.patch_has_new(dec, name_of)
            variable = None
            if injects and len(injected) < len(params):
                variable = params[len(injected)]
                injected.append(variable)
            self.add_mock(unit, dec, "unittest.mock", name_of, variable)

        if kind == "T":
            parametrized = self.parametrized(fn)
            unit.params = [p for p in params if p not in injected and p not in parametrized]
            for f in fixtures + own_fixtures:
                if f not in unit.params:
                    unit.params.append(f)
            unit.traits = traits + own_traits
            unit.skips = own_skips if own_skips else list(skips)
            unit.cases = cases * own_cases
        else:
            unit.params = [p for p in params if p not in injected]
            unit.traits = fixture_traits + (own_traits if kind == "S" else [])
            for f in own_fixtures:
                if f not in unit.params:
                    unit.params.append(f)
        overlay = None
        if candidate is not None and kind == "H":
            # What a test would record beyond the helper: the class's markers, usefixtures and patches' injected
            # arguments (the class patches' own mocks are not recorded: a helper cannot hold them).
            for dec in reversed(class_patches):
                name_of = self.patcher_name(self.resolve(dotted(dec.func)))
                if name_of in ("patch", "patch.object") and not self.patch_has_new(dec, name_of) and len(injected) < len(params):
                    injected.append(params[len(injected)])
            parametrized = self.parametrized(fn)
            test_params = [p for p in params if p not in injected and p not in parametrized]
            for f in fixtures + own_fixtures:
                if f not in test_params:
                    test_params.append(f)
            overlay = {"x": candidate, "tr": traits + own_traits, "sk": own_skips if own_skips else list(skips),
                       "cc": cases * own_cases, "p": test_params}
            helper_params = len(unit.params)

        body = body_without_docstring(fn.body)
        if fn.decorator_list:
            given = False
            if kind == "T" or overlay is not None:
                given = self.decorator_calls(fn, unit)
            elif kind == "H" and any((last_name(d) or "") in CONTEXT_MANAGER_DECORATORS for d in fn.decorator_list):
                unit.exit_check = 1
                self.mark_handler_raises(fn)
        elif fn.name in ("__exit__", "__aexit__"):
            unit.exit_check = 2
            self.mark_handler_raises(fn)
        if kind == "H" and len(body) > 1:
            # def fails_with(e): def accepts(f): ...; return accepts — hands out the function it defines (a wrapper, a
            # decorator factory). A requirement that builds a check and passes it on (return only_if(go)) does not.
            last = body[-1]
            if type(last) is ast.Return and type(last.value) is Name:
                returned = last.value.id
                for s in body:
                    if type(s) in FUNCTIONS and s.name == returned:
                        unit.wraps = True
                        break
        # A parameter named like a module function (a fixture's value: def update() fixture, def test_x(update)) is that
        # value, not the function: handing it to a call does not call the function.
        shadowed = self.shadowed
        self.shadowed = [p for p in params if p in self.module_functions] if params and self.module_functions else ()
        self.walk(body, unit)
        self.shadowed = shadowed
        if unit.fixture_by_value:
            for fixture in self.fixture_names_given(fn.decorator_list):
                self.names.add(fixture)
                if fixture not in unit.params:
                    unit.params.append(fixture)
        if unit.built is not None:
            self.finish_clients(unit)
        if kind == "T":
            # @given(strategy) with a `pass` body is no placeholder: Hypothesis draws and fails if the strategy raises.
            unit.placeholder = not (fn.decorator_list and given) and self.is_placeholder(body)
        self.finish_mocks(unit, unit.events)
        if kind in ("T", "S"):
            pt = {}
            for p in unit.params:
                tr = event_traits(unit.events, p)
                if tr:
                    pt[p] = tr
            unit.param_traits = pt or None
        elif overlay is not None:
            for p in unit.params[helper_params:]:  # request.getfixturevalue names the walk added
                if p not in overlay["p"]:
                    overlay["p"].append(p)
            overlay["sk"] = overlay["sk"] + unit.skips
            if not (fn.decorator_list and given) and self.is_placeholder(body):
                overlay["ph"] = 1
            pt = {}
            for p in overlay["p"]:
                tr = event_traits(unit.events, p)
                if tr:
                    pt[p] = tr
            if pt:
                overlay["pt"] = pt
            unit.overlay = overlay
        self.units.append(unit)

        self.host_resolver(fn, label)

    def decorator_calls(self, fn, unit):
        """A test's own decorators from the project (@fails_with(E), @checks_deprecated_behaviour) wrap its call: recorded as
        calls, so that what their wrappers assert (pytest.raises around the test, an output check) is followed like a
        helper's. Library decorators (pytest, hypothesis, mock, functools...) are not. Returns whether Hypothesis'
        @given drives the test."""
        given = False
        for dec in fn.decorator_list:
            f = dec.func if type(dec) is Call else dec
            name = last_name(f) if type(f) in (Name, Attribute) else None
            if name is None:
                continue
            resolved = self.resolve(dotted(f)) or name
            top = resolved.split(".", 1)[0]
            if top == "pytest_bdd":
                if name == "scenario":
                    # @scenario("x.feature", "…") with a pass body: the decorator supplies the test, which runs the steps;
                    # those of this module are followed like its helpers (their assertions are the scenario's).
                    given = True
                    for step in self.bdd_steps:
                        unit.calls.append([dec.lineno, step, None, INVOCATION, None, 1])
                continue
            if top in WRAPPING_MODULES or top == "mark" or resolved in BUILTIN_NAMES:
                if name == "given" and top == "hypothesis":
                    given = True
                continue
            if name[0].isupper():
                continue  # a class used as a decorator; _fails_with is a (private) function
            receiver = root_name(f.value) if type(f) is Attribute else None
            unit.calls.append([dec.lineno, name, receiver, DECORATION, None, len(dec.args) + len(dec.keywords) if type(dec) is Call else 1])
        return given

    def parametrized(self, fn):
        """The argument names @pytest.mark.parametrize fills: not fixtures. With indirect=True (or indirect=[names]) pytest
        hands the values to the fixtures of those names (request.param): those arguments are fixtures."""
        names = set()
        for dec in fn.decorator_list:
            resolved, call = self.decorator_info(dec)
            if call is not None and self.marker_name(resolved) == "parametrize" and call.args:
                given = str_value(call.args[0])
                if given:
                    filled = [n.strip() for n in given.split(",")]
                elif type(call.args[0]) in (ast.List, ast.Tuple):
                    filled = [str_value(e) or "" for e in call.args[0].elts]
                else:
                    continue
                indirect = next((k.value for k in call.keywords if k.arg == "indirect"), None)
                if indirect is not None:
                    if type(indirect) is Constant:
                        if indirect.value is True:
                            continue
                    elif type(indirect) in (ast.List, ast.Tuple):
                        through = {str_value(e) for e in indirect.elts}
                        filled = [n for n in filled if n not in through]
                names.update(filled)
        return names

    def fixture_names_given(self, decorators):
        """The identifier-like strings among a function's parametrize values and fixture params=: the names a
        request.getfixturevalue(name) of the function can receive."""
        found = []
        for dec in decorators:
            resolved, call = self.decorator_info(dec)
            if call is None:
                continue
            if self.marker_name(resolved) == "parametrize":
                values = call.args[1] if len(call.args) > 1 else next((k.value for k in call.keywords if k.arg == "argvalues"), None)
            elif resolved in FIXTURE_DECORATORS:
                values = next((k.value for k in call.keywords if k.arg == "params"), None)
            else:
                continue
            if type(values) is Name:
                values = self.constants.get(values.id)
            if type(values) not in (ast.List, ast.Tuple, ast.Set):
                continue
            for element in values.elts:
                if type(element) is Call and last_name(element.func) == "param":  # pytest.param("name", id=...)
                    inner = element.args
                elif type(element) in (ast.List, ast.Tuple):
                    inner = element.elts
                else:
                    inner = (element,)
                for e in inner:
                    v = str_value(e)
                    if v and v.isidentifier() and v not in found:
                        found.append(v)
        return found

    def patch_has_new(self, dec, name_of):
        new_index = 1 if name_of == "patch" else 2
        return len(dec.args) > new_index or any(k.arg == "new" for k in dec.keywords)

    def is_placeholder(self, body):
        if not body:
            return True
        if len(body) != 1:
            return False
        s = body[0]
        t = type(s)
        if t is ast.Pass:
            return True
        if t is ast.Expr:
            v = s.value
            if type(v) is Constant and v.value is Ellipsis:
                return True
            if type(v) is Call:
                resolved = self.resolve(dotted(v.func)) or ""
                if resolved in ("pytest.fail", "self.fail", "pytest.skip", "self.skipTest", "pytest.xfail"):
                    message = str_value(v.args[0]) if v.args else None
                    for k in v.keywords:
                        if k.arg in ("reason", "msg"):
                            message = str_value(k.value)
                    return message is None or looks_like_todo(message)
            return False
        if t is ast.Raise:
            exc = s.exc
            return exc is not None and last_name(exc) == "NotImplementedError"
        return False

    def host_resolver(self, fn, label):
        if not HOST_RESOLVER.search(fn.name.replace("_", "").lower()):
            return
        branching = False
        hosts = set()
        for n in ast.walk(fn):
            t = type(n)
            if t in (ast.If, ast.Try, ast.IfExp) or (hasattr(ast, "Match") and t is ast.Match):
                branching = True
            elif t is Constant and type(n.value) is str and (is_host_literal(n.value) or ":" in n.value):
                hosts.add(n.value)
        if branching and len(hosts) >= 2:
            self.fallbacks.append([fn.lineno, label, fn.name + "() chooses between hosts"])

    # ---------------------------------------------------------------- mocks
    def add_mock(self, unit, call, library, what, variable):
        """Records a mock creation or patch; traits from the call itself, more later from the variable's use."""
        args, kwargs = call.args, call.keywords
        traits = 0
        mocked = None
        built = None  # a built object the mock may be of the subject of: decided in finish_mocks
        if what in ("patch", "patch.object", "patch.dict", "patch.multiple") or library == "monkeypatch" or id(call) in self.stubs:
            traits |= M_PATCH
            if what in ("patch", "patch.object", "patch.dict") or (library == "monkeypatch" and what in ("setattr", "setitem")):
                self.replacements(call, what)
        if id(call) in self.answers or (variable == "(returned)" and unit.kind == "H" and "." in unit.label):
            traits |= M_INSPECTED  # return MagicMock() in a side_effect function or a fake's method: handed out
        if library == "monkeypatch":
            traits |= M_CONFIGURED
            if what in ("setenv", "delenv"):
                mocked = "os.environ[%s]" % (str_value(args[0]) if args else "?")
            elif args:
                target = str_value(args[0])
                mocked = target if target is not None else (dotted(args[0]) or root_name(args[0]))
                if target is None and len(args) > 1 and str_value(args[1]):
                    mocked = (mocked or "?") + "." + str_value(args[1])
        elif what == "patch":
            mocked = str_value(args[0]) if args else None
            if len(args) > 1:
                traits |= M_CONFIGURED
        elif what == "patch.object":
            target = dotted(args[0]) if args else None
            mocked = (target or "?") + ("." + str_value(args[1]) if len(args) > 1 and str_value(args[1]) else "")
            if len(args) > 2:
                traits |= M_CONFIGURED
            value_patch = len(args) > 2 and is_literal(args[2])  # patch.object(tb, "expires", 0): sets state, replaces no code
            if args and not value_patch:
                traits, built = self.partial_if_subject(args[0], unit, traits)
        elif what in ("patch.dict", "patch.multiple"):
            mocked = dotted(args[0]) if args else None
            if mocked is None and args:
                mocked = str_value(args[0])
            if len(args) > 1 or kwargs:
                traits |= M_CONFIGURED
        elif what == "spy":
            # A spy runs the real code and records calls: mocking the type under test only when it spies on the subject itself.
            traits |= M_SPY
            if args:
                traits, built = self.partial_if_subject(args[0], unit, traits)
            mocked = (dotted(args[0]) or root_name(args[0]) or "?") + ("." + str_value(args[1]) if len(args) > 1 and str_value(args[1]) else "") if args else None
        else:
            spec = args[0] if args else None
            for k in kwargs:
                if k.arg in ("spec", "spec_set"):
                    spec = k.value
            if spec is not None:
                mocked = last_name(spec) if type(spec) is not Constant else str_value(spec)
        for k in kwargs:
            if k.arg is None:
                if what not in ("patch", "patch.object", "patch.dict", "patch.multiple") and library != "monkeypatch":
                    traits |= M_CONFIGURED  # Mock(**methods): configure_mock's keywords, spread from a dict
                continue
            if k.arg == "wraps":
                traits, built = self.partial_if_subject(k.value, unit, traits | M_SPY)  # Mock(wraps=service): a spy on the subject itself
                continue
            elif k.arg not in PASSIVE_MOCK_KWARGS:
                traits |= M_CONFIGURED
                if k.arg == "return_value" or k.arg == "side_effect":
                    # patch.object(o, "f", return_value=MagicMock()), side_effect=[Mock(), Mock()]: the stub's answers
                    self.answer(k.value, unit)
        key = variable
        out_var = variable[5:] if variable and variable.startswith("self.") else None if variable == "(returned)" else variable
        parent = self.children.get(id(call)) if self.children else None
        unit.mocks.append([call.lineno, call.col_offset + 1, library, mocked, out_var, traits, self.snippet(call, 100), key, 0, built, parent])

    def assign_member(self, tgt, value, unit):
        """A value stored into a member or an item (obj.attr = Mock(), d["k"] = Mock(), obj.mocks = [Mock(), Mock()])."""
        container = type(value) is not Call
        if type(tgt) is ast.Subscript:
            owner = tgt.value
            if not container and self.resolve(dotted(owner)) == "sys.modules":
                self.stubs.add(id(value))  # sys.modules["ujson"] = Mock(): a module stubbed in place, like patch.dict(sys.modules, ...)
            elif not container and root_name(owner):
                self.assigned[id(value)] = root_name(owner)  # tasks["u"] = Mock(): used through the container (tasks["u"]...)
            return
        owner = tgt.value
        self_owned = type(owner) is Name and owner.id == "self"
        key = "self." + tgt.attr if self_owned else tgt.attr
        if tgt.attr == "return_value" or tgt.attr == "side_effect":
            # m.return_value = Mock(), m.side_effect = [Mock(), Mock()], accept.return_value = (Mock(), addr): what the
            # stub hands out, like side_effect=lambda: Mock()
            self.answer(value, unit)
            return
        if container:
            # self.hub.readers = {1: Mock()}: kept in a container, used through it (a subscript, a loop over it)
            for x in (value.values if type(value) is ast.Dict else getattr(value, "elts", ())):
                if type(x) is Call:
                    self.contained[id(x)] = key
            return
        self.assigned[id(value)] = key
        if not self_owned:
            # runner._kill = AsyncMock(): a member of an object stubbed in place, like patch.object - unless the object is
            # itself a mock (m.child = Mock(): a child, also verified through its parent's mock_calls).
            name = root_name(owner)
            if name:
                parent = next((m[7] for m in unit.mocks if m[7] in (name, "self." + name)), None)
                if parent is None:
                    self.stubs.add(id(value))
                else:
                    self.children[id(value)] = parent

    def answer(self, value, unit):
        """A stub's answer (the value of return_value or side_effect): a mock created there, in a literal there, or
        named there is handed out to the code under test, not unused."""
        t = type(value)
        if t is Call:
            self.answers.add(id(value))
        elif t is Name:
            if unit.handed is None:
                unit.handed = set()
            unit.handed.add("return " + value.id)
        elif t in (ast.List, ast.Tuple, ast.Set, ast.Dict):
            for x in (value.values if t is ast.Dict else value.elts):
                if type(x) is Call:
                    self.answers.add(id(x))

    def replacements(self, call, what):
        """A mock given as the replacement of a patch (patch.object(obj, "attr", Mock()), new=Mock(), a patch.dict value)
        is the patch's mock, used through the patched name or the `as` binding: a patch, never an unused mock."""
        args = call.args
        if what in ("setattr", "setitem"):
            # monkeypatch.setattr(obj, "attr", Mock()), setattr("pkg.mod.attr", Mock()), setitem(d, "k", Mock()): the patch's
            # mock, like patch.object's replacement
            new = args[2] if len(args) > 2 else args[1] if what == "setattr" and len(args) == 2 and str_value(args[0]) else None
        else:
            new = args[2] if what == "patch.object" and len(args) > 2 else args[1] if what == "patch" and len(args) > 1 else None
        values = [new] if new is not None else []
        if what == "patch.dict" and len(args) > 1 and type(args[1]) is ast.Dict:
            values.extend(args[1].values)
        for k in call.keywords:
            if k.arg == "new" or (k.arg == "value" and what in ("setattr", "setitem")) or (what == "patch.dict" and k.arg is not None and k.arg != "clear"):
                values.append(k.value)
        for v in values:
            if type(v) is Call:
                self.stubs.add(id(v))

    def nested_def(self, fn, unit):
        """A function nested in a test: a handler it may hand to an in-process transport, or a route it declares on its app
        (@app.post("/add")); the route decorator registers the function, it is no request."""
        span = "@%d-%d" % (fn.lineno, fn.end_lineno or fn.lineno)
        self.local_defs.setdefault(id(unit), {})[fn.name] = span
        for dec in fn.decorator_list:
            if type(dec) is Call and type(dec.func) is Attribute and dec.func.attr in ROUTE_DECORATORS and type(dec.func.value) is Name:
                path = str_value(dec.args[0]) if dec.args else None
                if path and path[:1] == "/":
                    self.route_decs.add(id(dec))
                    routes = self.local_routes.setdefault(id(unit), {})
                    routes[path] = routes[path] + "," + span if path in routes else span

    def mark_handler_raises(self, fn):
        """A context manager's raise inside an except handler translates an error of the with body (except KeyError:
        raise LookupError(...)); only a raise outside handlers, after the yield, fails an unmet expectation."""
        for h in ast.walk(fn):
            if type(h) is ast.ExceptHandler:
                for r in ast.walk(h):
                    if type(r) is ast.Raise:
                        self.handler_raises.add(id(r))

    def answers_of(self, fn, unit):
        """What a function nested in a unit returns or yields (a side_effect function, a fake's factory) is its answer to
        the code under test: a mock created there (return MagicMock()) or returned by name is handed out, not unused."""
        for n in ast.walk(fn):
            t = type(n)
            if (t is ast.Return or t is ast.Yield) and n.value is not None:
                v = n.value
                if type(v) is Call:
                    self.answers.add(id(v))
                elif type(v) is Name:
                    if unit.handed is None:
                        unit.handed = set()
                    unit.handed.add("return " + v.id)

    @staticmethod
    def is_subject(root, unit):
        """Whether a name is the code under test by the test's names: the subject's class, or an object built from it."""
        return root is not None and (root in unit.sut or unit.constructed.get(root) in unit.sut)

    def partial_if_subject(self, target, unit, traits):
        """M_PARTIAL when target is the subject. An object the test built is the subject when the test itself calls it
        (service.place(1) after patching service._validate) — decided in finish_mocks, once every call is known; an
        attribute reached through it (client._client) is a collaborator."""
        if type(target) is Attribute and not target.attr.startswith("__") and target.attr not in unit.sut \
                and not (type(target.value) is Name and target.value.id in ("self", "cls")):
            return traits, None  # patch.object(client._client, "send"), spy(provider.pool, "refresh"): a collaborator's member
        root = root_name(target)
        if self.is_subject(root, unit):
            return traits | M_PARTIAL, None
        return traits, (target.id if type(target) is Name and target.id in unit.constructed else None)

    def mock_call(self, call, resolved, name):
        """(library, what) when a call creates a mock or patches something."""
        if resolved is None:
            return None
        for prefix, cut in MOCK_PREFIXES:
            if resolved.startswith(prefix):
                rest = resolved[cut:]
                if rest in MOCK_CLASSES:
                    return "unittest.mock", rest
                if rest in PATCHERS:
                    return "unittest.mock", rest
                return None
        if resolved in MOCK_CLASSES and resolved not in self.local_classes and resolved not in self.aliases:
            return "unittest.mock", resolved
        head, _, rest = resolved.partition(".")
        if head in MOCKER_NAMES and rest:
            if rest in MOCKER_CREATIONS or rest in PATCHERS:
                return "pytest-mock", rest
            if rest.startswith("patch."):
                return "pytest-mock", rest
            return None
        if head == "monkeypatch" and rest in MONKEYPATCH_VERBS:
            return "monkeypatch", rest
        return None

    def finish_mocks(self, unit, events):
        """Adds use-derived traits to each mock of a unit; self.* mocks use every event of the class."""
        called = None
        for m in unit.mocks:
            key = m[7]
            parent = m.pop()
            if parent is not None:
                m[5] |= parent_checks(events, parent)
            if key:
                m[5] |= event_traits(events, key)
                if key in unit.returns:
                    m[8] = 1
                    if unit.kind == "H" and "." in unit.label:
                        m[5] |= M_INSPECTED  # a fake's method hands the mock out to the code under test
                if unit.handed and "return " + key in unit.handed:
                    m[5] |= M_INSPECTED
            built = m.pop()
            if built is not None and not (unit.handed and built in unit.handed):
                if called is None:
                    called = {c[2] for c in unit.calls}
                if built in called:
                    m[5] |= M_PARTIAL
            del m[7]

    # ---------------------------------------------------------------- assertions
    def equality(self, expected, actual):
        if expected is None or actual is None:
            return WEAK, 0
        if is_literal(expected) and is_literal(actual):
            return literal_tautology(expected, ast.Eq, actual)
        if same_expression(expected, actual):
            return TRIVIAL, T_TAUTOLOGY
        if is_bool(expected) or is_bool(actual):
            # x == True, f(4) is False: the boolean judged by what it is, like assert f(4) / assert not f(4).
            literal, other = (expected, actual) if is_bool(expected) else (actual, expected)
            level, traits = self.condition(other, bool(literal.value))
            return level, traits & ~T_TAUTOLOGY
        if is_none(expected) or is_none(actual):
            return MODERATE, 0
        if is_count(expected) or is_count(actual):
            return MODERATE, 0
        if is_collection(expected) or is_collection(actual):
            return STRUCTURAL, 0
        return EXACT, 0

    def is_match(self, e):
        """A regex match: the call itself, or a name last assigned one (m = re.search(p, s))."""
        if type(e) is Name:
            return self.kinds is not None and self.kinds.get(e.id) == VK_MATCH
        return is_match_call(e)

    def condition(self, e, positive):
        """(level, traits) of a boolean condition asserted true (or false when not positive)."""
        t = type(e)
        if t is ast.UnaryOp and type(e.op) is ast.Not:
            return self.condition(e.operand, not positive)
        if t is Constant:
            return (TRIVIAL, T_TAUTOLOGY) if bool(e.value) == positive else (WEAK, 0)
        if t is Name and self.kinds is not None and self.kinds.get(e.id) == VK_MATCH:
            return (MODERATE, 0) if positive else (WEAK, 0)  # m = re.search(p, s); assert m: the match test
        if t is ast.BoolOp:
            results = [self.condition(v, positive) for v in e.values]
            if (type(e.op) is ast.And) == positive:
                level = max(r[0] for r in results)
                traits = 0
                for r in results:
                    traits |= r[1]
                return level, traits & ~T_TAUTOLOGY
            return min(r[0] for r in results), 0
        if t is ast.Compare:
            if len(e.ops) > 1:
                return MODERATE, 0
            op, left, right = type(e.ops[0]), e.left, e.comparators[0]
            if (type(left) is Call or type(right) is Call) and is_find_sentinel(left, op, right):
                return MODERATE, 0  # s.find(x) != -1 is `x in s`: no equality to spell out (FH1305)
            if op in (ast.Eq, ast.NotEq):
                equals = (op is ast.Eq) == positive
                if type(left) is Name and type(right) is Name and left.id == right.id:
                    return EXACT, 0  # w == w runs the class's own __eq__: a reflexivity check
                if is_literal(left) and is_literal(right):
                    return literal_tautology(left, op, right, positive)
                if is_none(left) or is_none(right):
                    if not equals and (self.is_match(left) or self.is_match(right)):
                        return self.condition(right if is_none(left) else left, True)  # re.search(p, s) != None
                    return (MODERATE, 0) if equals else (TRIVIAL, 0)
                if not equals:
                    return WEAK, 0
                if self.is_approx(left) or self.is_approx(right):
                    return EXACT, T_BOOL_EQ | T_VALUE
                level, traits = self.equality(right, left)
                return level, traits | T_BOOL_EQ | (T_VALUE if is_literal(left) or is_literal(right) else 0)
            if op in (ast.Is, ast.IsNot):
                same = (op is ast.Is) == positive
                if same and type(left) is Name and type(right) is Name and left.id == right.id:
                    # e is e: identity with itself holds whatever e is. s.database is s.database reads the attribute twice:
                    # a caching check, which fails when each read builds a new object.
                    return TRIVIAL, T_TAUTOLOGY
                if is_none(left) or is_none(right):
                    if not same and (self.is_match(left) or self.is_match(right)):
                        # re.search(p, s) is not None: the match test spelled out, graded like assert re.search(p, s)
                        return self.condition(right if is_none(left) else left, True)
                    return (MODERATE, 0) if same else (TRIVIAL, 0)
                if is_bool(left) or is_bool(right):
                    # x is True: identity with a singleton, like `is None`: it pins the type and the value (moderate at least)
                    literal, other = (left, right) if is_bool(left) else (right, left)
                    level, traits = self.condition(other, bool(literal.value) == same)
                    return (max(level, MODERATE) if same else level), traits & ~T_TAUTOLOGY
                return (EXACT, 0) if same else (WEAK, 0)
            if op in (ast.In, ast.NotIn):
                return MODERATE, 0
            if is_literal(left) and is_literal(right):
                return literal_tautology(left, op, right, positive)
            return (WEAK, 0) if is_zero_or_one(left) or is_zero_or_one(right) else (MODERATE, 0)
        if t is Call:
            name = last_name(e.func)
            if name in ("isinstance", "issubclass"):
                return (MODERATE, 0) if positive else (WEAK, 0)
            if name == "all" and positive:
                return MODERATE, 0
            if name in ("startswith", "endswith", "issubset", "issuperset", "isdisjoint", "match", "fullmatch", "search",
                        "__contains__", "has_key", "contains") and positive:
                return MODERATE, 0
            if name in ("startswith", "endswith", "__contains__", "has_key", "contains"):
                return MODERATE, 0  # assert not s.startswith("x"): as specific as its positive, like `not in`
            if name == "isclose" and positive:
                return EXACT, 0
            if type(e.func) is Attribute and not e.args:
                if name in PATH_PREDICATES and is_path(e.func.value, self.kinds):
                    return MODERATE, 0  # (tmp_path / "x").exists(): os.path.exists(p) with the path as receiver
                if name == "check" and any(k.arg in ("file", "dir", "exists", "link") for k in e.keywords):
                    return MODERATE, 0  # py.path: p.check(file=1)
                if name == "exists" and not e.keywords and (not positive or is_query_filter(e.func.value)):
                    # Order.objects.filter(pk=o.pk).exists(): a lookup's answer for its arguments; asserted false (also an
                    # unfiltered qs.exists()) it is emptiness, like `not qs.filter(...)` or Assert.Empty
                    return MODERATE, 0
            if name in QUERY_FILTERS and type(e.func) is Attribute and (e.args or e.keywords):
                return MODERATE, 0  # assert not Order.objects.filter(paid=False): no row matches those arguments
            if name in ("equals", "__eq__") and positive:
                return EXACT, T_BOOL_EQ
            if is_predicate_call(e):
                return MODERATE, 0
            forwarded = self.forwarded(e)
            # self._callFUT("a", "b") returning is_same_domain(*args): judged by the predicate it returns
            return (MODERATE, 0) if forwarded is not None and (e.args or e.keywords) and type(forwarded.func) in (Name, Attribute) \
                and is_predicate_name(forwarded.func.id if type(forwarded.func) is Name else forwarded.func.attr) else (WEAK, 0)
        return WEAK, 0

    def forwarded(self, e):
        """The call a same-class method (self.m(...)) or module function (m(...)) called by e only returns, or None."""
        f = e.func
        if type(f) is Attribute:
            if self.class_forwards is not None and type(f.value) is Name and f.value.id in ("self", "cls"):
                return self.class_forwards.get(f.attr)
        elif type(f) is Name and self.forwards is not None:
            return self.forwards.get(f.id)
        return None

    def expected_like(self, node):
        return is_literal(node) or type(node) in COLLECTION_NODES or self.is_approx(node) or self.is_snapshot(node)

    def is_approx(self, node):
        return type(node) is Call and (self.resolve(dotted(node.func)) or "") in ("pytest.approx", "approx")

    def mock_attribute(self, node):
        """The verification attribute of a mock chain: m.call_count → call_count."""
        if type(node) is Attribute and node.attr in VERIFY_ATTRS:
            return node.attr
        if type(node) is ast.Subscript:
            return self.mock_attribute(node.value)
        return None

    def is_snapshot(self, node):
        if type(node) is Name:
            return node.id in SNAPSHOT_FIXTURES
        if type(node) is Call:
            return self.is_snapshot(node.func)
        if type(node) is Attribute:
            return self.is_snapshot(node.value)
        return False

    def assert_statement(self, node, unit):
        self.kinds = unit.kinds
        test = node.test
        kind, api = K_ASSERT, "assert"
        subject = None
        level, traits = None, 0
        if type(test) is ast.Compare and len(test.ops) == 1:
            left, right, op = test.left, test.comparators[0], type(test.ops[0])
            actual = right if self.expected_like(left) and not self.expected_like(right) else left
            other = left if actual is right else right
            subject = root_name(actual)
            if self.is_snapshot(left) or self.is_snapshot(right):
                level, kind, api = STRUCTURAL, K_SNAPSHOT, "snapshot"
                subject = root_name(other if self.is_snapshot(actual) else actual)
            else:
                verify = self.mock_attribute(left) or self.mock_attribute(right)
                if verify is not None:
                    kind, api = K_VERIFY, "mock." + verify
                    mock_side = left if self.mock_attribute(left) else right
                    subject = root_name(mock_side)
                    if op in (ast.Eq, ast.Is):
                        if verify in ("call_count", "await_count"):
                            level = MODERATE
                        elif verify in ("mock_calls", "call_args_list", "method_calls", "await_args_list"):
                            level = STRUCTURAL
                        elif verify in ("call_args", "await_args"):
                            level = EXACT
                        else:
                            level = WEAK
                    elif op in (ast.In, ast.NotIn):
                        level = MODERATE
                    else:
                        level, traits = self.condition(test, True)
                elif self.is_approx(left) or self.is_approx(right):
                    level, api = EXACT, "pytest.approx"
        elif type(test) is Attribute and test.attr in ("called", "awaited"):
            level, kind, api, subject = WEAK, K_VERIFY, "mock." + test.attr, root_name(test)
        elif type(test) is ast.UnaryOp and type(test.op) is ast.Not and type(test.operand) is Attribute \
                and test.operand.attr in ("called", "awaited"):
            level, kind, api, subject = MODERATE, K_VERIFY, "mock.not " + test.operand.attr, root_name(test.operand)
        elif type(test) is Call and type(test.func) is Name and test.func.id in SNAPSHOT_FIXTURES:
            # assert snap_compare(app): pytest-textual-snapshot compares the whole rendered output with the stored one.
            level, kind, api = STRUCTURAL, K_SNAPSHOT, test.func.id
            subject = root_name(test.args[0]) if test.args else None
        elif type(test) is Constant and test.value is False and unit.kind == "H" and ASSERTION_HELPER.match(unit.name):
            # `if row != exp: assert False, msg` in a project's check fails it like `raise AssertionError(msg)` does.
            level, api = MODERATE, "assert False"
        if level is None:
            level, traits = self.condition(test, True)
            traits &= ~(T_BOOL_EQ | T_VALUE)
            if subject is None:
                if type(test) is ast.Compare and type(test.ops[0]) in (ast.In, ast.NotIn):
                    subject = root_name(test.comparators[0])
                else:
                    subject = root_name(test)
        if level == TRIVIAL and type(test) is ast.Compare and type(test.ops[0]) is ast.IsNot and is_none(test.comparators[0]):
            if self.fresh(test.left, unit):
                traits |= T_TAUTOLOGY
        unit.asserts.append([node.lineno, node.col_offset + 1, level, kind, api, self.snippet(node), traits, subject])

    def context_class(self, call, name, unit):
        """`with ExpectLog(logger, regex):` — a class named to check (Expect*, Assert*) fails on exit when its expectation
        is not met: an assertion, unless told not to (required=False). Another class's __exit__ is followed like a helper
        (a call on the class), so that a raise there counts."""
        if EXPECTATION_CLASS.match(name):
            for k in call.keywords:
                if k.arg == "required" and type(k.value) is Constant and k.value.value is False:
                    return
            unit.asserts.append([call.lineno, call.col_offset + 1, MODERATE, K_ASSERT, "with " + name, self.snippet(call), 0,
                                 root_name(call.args[0]) if call.args else None])
        elif type(call.func) is Name:
            unit.calls.append([call.lineno, "__exit__", name, INVOCATION, None, 0])

    def fresh(self, node, unit):
        if is_constructor_call(node):
            return True
        return type(node) is Name and node.id in unit.fresh and unit.assign_count.get(node.id) == 1

    def assertion_call(self, call, resolved, name, unit):
        """Classifies unittest self.assert*, mock verifications, pytest.raises/warns/fail and snapshot calls."""
        self.kinds = unit.kinds
        args = call.args
        func = call.func
        receiver = func.value if type(func) is Attribute else None
        receiver_name = receiver.id if type(receiver) is Name else None
        kind, traits, subject, api = K_ASSERT, 0, None, name
        level = None
        if receiver_name == "self" and (name.startswith("assert") or name == "fail" or name.startswith("fail")):
            api = "self." + name
            first = args[0] if args else None
            second = args[1] if len(args) > 1 else None
            actual = second if first is not None and (is_literal(first) or is_collection(first)) and second is not None else first
            subject = root_name(actual)
            if name in UNITTEST_EQUAL:
                level, traits = self.equality(first, second)
                if name == "assertIs" and traits & T_TAUTOLOGY and type(first) is not Name and not is_literal(first):
                    level, traits = EXACT, 0  # assertIs(s.database, s.database): reads it twice, a caching check
            elif name in UNITTEST_NOT_EQUAL:
                level, traits = literal_tautology(first, ast.NotEq, second) if is_literal(first) and is_literal(second) else (WEAK, 0)
                if level == WEAK and name == "assertNotEqual" and is_find_sentinel(first, ast.NotEq, second):
                    level = MODERATE  # assertNotEqual(s.find(x), -1): x in s
            elif name in UNITTEST_TRUE or name in UNITTEST_FALSE:
                level, traits = self.condition(first, name in UNITTEST_TRUE) if first is not None else (WEAK, 0)
                subject = root_name(first)
                if first is not None and type(first) is ast.Compare and type(first.ops[0]) in (ast.In, ast.NotIn):
                    subject = root_name(first.comparators[0])
            elif name in UNITTEST_COMPARE:
                level = WEAK if is_zero_or_one(second) else MODERATE
                if level == WEAK and name in ("assertGreaterEqual", "assertLess") and is_find_sentinel(first, COMPARE_OPS[name], second):
                    level = MODERATE  # assertGreaterEqual(s.find(x), 0): x in s
            elif name in UNITTEST_RAISES:
                level, kind = UNITTEST_RAISES[name], K_EXCEPTION
                if first is not None and is_broad_exception(first) and level == MODERATE:
                    level = WEAK
                subject = None
            elif name in UNITTEST_FIXED:
                level = UNITTEST_FIXED[name]
                if name in ("assertIn", "assertNotIn"):
                    subject = root_name(second)
                if name == "assertIsNotNone" and first is not None:
                    if self.fresh(first, unit):
                        traits = T_TAUTOLOGY
                    elif self.is_match(first):
                        level, traits = self.condition(first, True)  # assertIsNotNone(re.match(p, s)): the match test
            else:
                return None
        elif name in MOCK_VERIFICATIONS and receiver is not None:
            specific, bare = MOCK_VERIFICATIONS[name]
            meaningful = [a for a in args if (dotted(a) or "").split(".")[-1] != "ANY"] + \
                [k for k in call.keywords if (dotted(k.value) or "").split(".")[-1] != "ANY"]
            level = specific if meaningful else bare
            if name in ("assert_has_calls", "assert_has_awaits"):
                level = STRUCTURAL
            kind, api, subject = K_VERIFY, "mock." + name, root_name(receiver)
        elif resolved in ("pytest.raises", "pytest.warns", "raises", "warns") and (resolved.startswith("pytest") or "pytest" in
                                                                                   self.aliases.get(resolved, "")):
            kind, api = K_EXCEPTION, "pytest." + name
            has_match = any(k.arg == "match" for k in call.keywords)
            broad = bool(args) and is_broad_exception(args[0])
            level = EXACT if has_match else WEAK if broad else MODERATE
        elif resolved in ("pytest.deprecated_call",):
            kind, api, level = K_EXCEPTION, "pytest.deprecated_call", MODERATE
        elif resolved in ("pytest.fail",):
            api, level = "pytest.fail", WEAK
        elif name in NUMERIC_TESTING and resolved and ("testing" in resolved or resolved.startswith("numpy") or resolved.startswith("pandas")):
            level, api = NUMERIC_TESTING[name], resolved
            subject = root_name(args[0]) if args else None
        elif receiver is not None and root_name(receiver) in SNAPSHOT_FIXTURES and name in ("assert_match", "check", "assert_match_dir"):
            level, kind, api = STRUCTURAL, K_SNAPSHOT, root_name(receiver) + "." + name
            subject = root_name(args[0]) if args else None
        elif resolved in ("approvaltests.verify", "approvaltests.verify_as_json", "approvaltests.approvals.verify", "verify_as_json"):
            level, kind, api = STRUCTURAL, K_SNAPSHOT, name
            subject = root_name(args[0]) if args else None
        elif name in PYTESTER_CHECKS and receiver is not None and (args or call.keywords or name in ("assert_outcomes", "assertoutcome")):
            level, api = PYTESTER_CHECKS[name], "pytester " + name
            subject = root_name(receiver)
        elif name in WEBTEST_CALLS and call.keywords and receiver is not None:
            level = webtest_status(call, receiver)
            if level is None:
                return None
            api, subject = "webtest status=", root_name(receiver)
        elif name in PEXPECT_CHECKS and receiver_name is not None and args and (
                (unit.kinds is not None and unit.kinds.get(receiver_name) == VK_CHILD) or "pexpect" in self.names):
            level, api = MODERATE, "pexpect " + name  # child.expect("Pdb"): fails (TIMEOUT/EOF) unless the output shows it
            subject = receiver_name
        else:
            return None
        return [call.lineno, call.col_offset + 1, level, kind, api, self.snippet(call), traits, subject]

    # ---------------------------------------------------------------- calls
    def call(self, node, unit, push, in_assert):
        func = node.func
        name = last_name(func) if type(func) in (Name, Attribute) else None
        d = dotted(func)
        resolved = self.resolve(d)
        assigned = self.assigned.get(id(node))
        if name is not None:
            assertion = self.assertion_call(node, resolved, name, unit)
            if assertion is not None:
                unit.asserts.append(assertion)
                in_assert = True
                self.mark_compared(node.args)
                self.mark_compared([k.value for k in node.keywords])
            elif name in ("parametrize", "param"):
                # @pytest.mark.parametrize rows, pytest.param(...): the data of a data-driven test, like C#'s [InlineData]
                data = self.data_lits
                for a in node.args:
                    for n in ast.walk(a):
                        if type(n) is Constant:
                            data[id(n)] = ROW
            mock = self.mock_call(node, resolved, name)
            if mock is not None:
                self.add_mock(unit, node, mock[0], mock[1], assigned or self.contained.get(id(node)))
            receiver = root_name(func.value) if type(func) is Attribute else None
            construction = name[0].isupper()
            entry = [node.lineno, name, None if construction else receiver,
                     CONSTRUCTION if construction else DECORATION if id(node) in self.route_decs else INVOCATION,
                     assigned[5:] if assigned and assigned.startswith("self.") else assigned, len(node.args) + len(node.keywords)]
            if name[:7] == "execute" and node.args and type(node.args[0]) is Constant and type(node.args[0].value) is str:
                # execute_command("EXISTS", k): the command it runs (a read or a write), for FH1401
                words = node.args[0].value.split(None, 1)
                if words:
                    entry.append(words[0].upper())
            elif name[:5] == "send_" and (name == "send_static_file" or (name in ("send_file", "send_from_directory")
                                                                       and (resolved or "").split(".", 1)[0] in ("flask", "werkzeug"))):
                # Flask's send_file(...), app.send_static_file(...): the response to a GET for a file, built in memory
                entry.append("GET")
            if name in HTTP_VERBS and type(func) is Attribute:
                handler = self.request_handler(node, func, unit, receiver)
                if handler:
                    if len(entry) == 6:
                        entry.append(None)
                    entry.append(handler)  # the test's own handler the request goes to in memory (FH1401)
            elif name in IN_PROCESS_MAKERS:
                made = self.in_process(node, name, resolved, unit)
                if made is not None:
                    if assigned:
                        self.inproc.setdefault(id(unit), {})[assigned] = made
                    self.mark_in_process(node)  # Client(transport=..., base_url="http://testserver"): the app's own address
            elif name == "test_request_context":
                self.mark_in_process(node)
            unit.calls.append(entry)
            if construction and assigned and "." not in assigned:
                unit.constructed[assigned] = name
            self.touch(node, unit, resolved, name, receiver, assigned)
            # The two checks below do nothing for most calls; testing their entry condition here saves the call.
            if resolved in SKIP_CALLS or name == "skipTest":
                self.skip_call(node, unit, resolved, name, receiver)
            args = node.args
            if args and type(args[0]) is Constant and type(args[0].value) is str:
                self.config_call(node, resolved, name)
            if resolved == "request.getfixturevalue" and node.args:
                fixture = str_value(node.args[0])
                if fixture:
                    self.names.add(fixture)
                    if fixture not in unit.params:
                        unit.params.append(fixture)
                else:
                    unit.fixture_by_value = True  # getfixturevalue(name): the names come from parametrize or params=

        # Children: literals get the name they are given to.
        ctx_name = name
        first = str_value(node.args[0]) if node.args else None
        args = node.args
        url_context = self.url_context
        # A URL model's strings are URL data (context: the model), unless the model goes straight into another call,
        # client.get(URL("http://svc:8080/")): then they have that call's context. Request(...).prepare() builds a
        # request to inspect, not to send.
        whole = url_context.pop(id(node), None) if url_context else None
        if whole is None and name in URL_MODELS:
            whole = name
        elif name == "prepare" and type(func) is Attribute and type(func.value) is Call and last_name(func.value.func) == "Request":
            url_context[id(func.value)] = "Request.prepare"
        if whole is not None:
            for k in reversed(node.keywords):
                if k.arg:
                    self.names.add(k.arg)
                push((k.value, whole, in_assert))
            for i in range(len(args) - 1, -1, -1):
                push((args[i], whole, in_assert))
            push((func, None, in_assert))
            return
        passes_on = name is not None and name not in URL_MODELS and name not in BUILTIN_NAMES
        # a URL model handed to a call that connects (session.get(URL(...))) is an endpoint; given to anything else, a
        # request builder or the function under test (make_request("get", URL(...))), it stays URL data
        hands_on = passes_on and name in CONNECT_CALLS
        functions = self.module_functions
        for k in reversed(node.keywords):
            if type(k.value) is Name and k.value.id in functions and k.value.id not in self.shadowed:
                unit.calls.append([k.value.lineno, k.value.id, None, INVOCATION, None, 0])
            if k.arg:
                self.names.add(k.arg)
                if passes_on and type(k.value) is Call and last_name(k.value.func) in URL_MODELS:
                    url_context[id(k.value)] = k.arg
            push((k.value, k.arg, in_assert))
        for i in range(len(args) - 1, -1, -1):
            a = args[i]
            ctx = first if i > 0 and first is not None else ctx_name
            ta = type(a)
            if ta is Call:
                if hands_on and last_name(a.func) in URL_MODELS:
                    url_context[id(a)] = ctx
            elif ta is Name and a.id in functions and a.id not in self.shadowed:
                # run_sync_in_worker_thread(invoke_and_assert, ...): the function handed over is called, so its checks run.
                unit.calls.append([a.lineno, a.id, None, INVOCATION, None, 0])
            push((a, ctx, in_assert))
        push((func, None, in_assert))

    def handler_of(self, target, unit):
        """What a function handed to an in-process transport or client is: the name of a module function, "@start-end" of a
        function nested in the unit, "" for anything else (an app built elsewhere)."""
        if type(target) is Name:
            local = self.local_defs.get(id(unit))
            if local and target.id in local:
                return local[target.id]
            if target.id in self.module_functions:
                return target.id
        return ""

    def in_process(self, node, name, resolved, unit):
        """The handler an in-process client or transport built by this call dispatches to (see handler_of; "routes" for a
        test client of an app, whose routes are found by path), or None when the call does not build one."""
        if name in IN_PROCESS_TRANSPORTS:
            target = node.args[0] if node.args else next((k.value for k in node.keywords if k.arg in ("app", "handler")), None)
            return self.handler_of(target, unit)
        if name == "test_client":
            return "routes"
        for k in node.keywords:
            if k.arg == "transport":
                v = k.value
                if type(v) is Call and last_name(v.func) in IN_PROCESS_TRANSPORTS:
                    return self.in_process(v, last_name(v.func), None, unit)
                if type(v) is Name:
                    return self.inproc.get(id(unit), {}).get(v.id)
                return None
            if k.arg == "app":
                return self.handler_of(k.value, unit)
        if name == "TestClient" and node.args:
            return self.handler_of(node.args[0], unit) or "routes"  # TestClient(app): the routes the test declares on app
        if resolved in IN_PROCESS_CLIENTS:
            return ""
        return None

    def request_handler(self, node, func, unit, receiver):
        """A request (client.post(...)) on an in-process client: marks its addresses as in-process (FH1203) and returns the
        test's own handler it goes to ("name" or "@start-end,..."), or None. A Flask test client's request goes to the route
        the test declares for its path."""
        args = node.args
        if len(args) >= 2 and type(args[1]) is Constant and type(args[1].value) is str and (str_value(args[0]) or "")[:1] == "/":
            self.data_lits[id(args[1])] = IN_PROCESS  # client.get("/", "http://dev.local:5000"): a test client's base URL
        for k in node.keywords:
            if k.arg == "base_url" and type(k.value) is Constant:
                self.data_lits[id(k.value)] = IN_PROCESS  # no network client takes a base URL per request
        value = func.value
        if type(value) is Call and last_name(value.func) in ("test_client", "TestClient"):
            handler = self.in_process(value, last_name(value.func), None, unit)  # app.test_client().post(...), TestClient(app).post(...)
        else:
            clients = self.inproc.get(id(unit))
            handler = clients.get(receiver) if clients else None
            if handler is None and receiver in unit.params and "client" in receiver and id(unit) in self.local_routes:
                handler = "routes"  # the client fixture of the app the test declares its routes on
        if handler is None:
            return None
        self.mark_in_process(node)
        if handler == "routes":
            routes = self.local_routes.get(id(unit))
            path = str_value(args[0]) if args else None
            return routes.get(path.split("?", 1)[0]) if routes and path else None
        return handler

    def mark_in_process(self, node):
        """The addresses given to an in-process client or request: the app's routing input, no connection."""
        data = self.data_lits
        for a in node.args:
            if type(a) is Constant:
                data[id(a)] = IN_PROCESS
        for k in node.keywords:
            if type(k.value) is Constant:
                data[id(k.value)] = IN_PROCESS

    def mark_rejected(self, items, body):
        """`with pytest.raises(ValueError): httpx.Client(proxy="ftp://127.0.0.1")`: a value the test expects the code to reject
        is test data, like an asserted one - unless the expected error says the address was tried and not reached
        (ConnectError, Timeout) or the literal goes to a call that connects."""
        for item in items:
            v = item.context_expr
            if type(v) is not Call or type(v.func) not in (Name, Attribute):
                continue
            name = last_name(v.func)
            if name in ("assertRaises", "assertRaisesRegex"):
                expected = v.args[:1]
            elif name == "raises" and (self.resolve(dotted(v.func)) or "").startswith("pytest"):
                expected = v.args[:1] + [k.value for k in v.keywords if k.arg == "expected_exception"]
            else:
                continue
            if any(UNREACHABLE_ERROR.search(last_name(x) or "") for e in expected for x in (e.elts if type(e) is ast.Tuple else [e])):
                continue
            self.mark_data(body, REJECTED)
            return

    def mark_data(self, exprs, context):
        data = self.data_lits
        stack = list(exprs)
        while stack:
            n = stack.pop()
            t = type(n)
            if t is Constant:
                if type(n.value) is str and ":" in n.value:
                    data.setdefault(id(n), context)
            elif t is Call:
                if last_name(n.func) in CONNECT_CALLS:
                    continue
                stack.append(n.func)
                stack.extend(n.args)
                stack.extend(k.value for k in n.keywords)
            elif t is ast.Lambda or t is Name or t in FUNCTIONS:
                continue
            else:
                stack.extend(ast.iter_child_nodes(n))

    def skip_guard(self, node):
        """Skips under `if <CI>: fail else: skip` (or `if <not CI>: skip`) cannot happen in CI; skips under a condition on the
        configured backend (`if not conf.result_backend.startswith("redis")`) choose the test matrix. Neither is a missing
        environment: their skip calls are marked (guarded_skips)."""
        test = node.test
        polarity = ci_polarity(test)
        tt = type(test)
        if tt is ast.BoolOp and polarity == 0:
            parts = [ci_polarity(v) for v in test.values]
            if type(test.op) is ast.And and -1 in parts:
                polarity = -1  # skip only when also outside CI
            elif type(test.op) is ast.Or and 1 in parts:
                polarity = 1
        if polarity == 1:
            self.guard_skips(node.orelse, GUARD_CI)
        elif polarity == -1 and (tt is not ast.BoolOp or type(test.op) is ast.And):
            self.guard_skips(node.body, GUARD_CI)
        elif capability_condition(test):
            self.guard_skips(node.body, GUARD_CAPABILITY)
            self.guard_skips(node.orelse, GUARD_CAPABILITY)

    def guard_skips(self, stmts, guard):
        guarded = self.guarded_skips
        for stmt in stmts:
            for n in ast.walk(stmt):
                if type(n) is Call or type(n) is ast.Raise:
                    guarded.setdefault(id(n), guard)

    def mark_compared(self, exprs):
        """String constants an assertion compares - its operands, and the arguments of the calls that compute them - are test
        data (ASSERTED), except under a call that connects (assert requests.get("http://localhost:8080/").ok) or a lambda."""
        self.mark_data(exprs, ASSERTED)

    def touch(self, node, unit, resolved, name, receiver, assigned):
        kind = client = None
        evidence = resolved or name
        if resolved is not None:
            mod, _, short = resolved.rpartition(".")
            if mod:
                top = mod.split(".")[0]
                entry = TOUCHES.get(mod) or TOUCHES.get(top)
                builder = CLIENT_BUILDERS.get(mod) or CLIENT_BUILDERS.get(top)
                if builder is not None and short in builder[1]:
                    self.client_built(node, unit, builder[0], resolved, assigned)
                    return
                if entry is not None and (entry[1] is None or short in entry[1]):
                    kind = entry[0]
                    if top == "testcontainers" and not short[:1].isupper():
                        kind = None
                elif top in ("kubernetes", "kubernetes_asyncio") and (short.startswith("load_") or short.endswith("Api")
                                                                       or short in ("ApiClient", "Watch", "stream")):
                    kind = CLUSTER
                elif mod == "os" and short in OS_CALLS:
                    kind = OS_CALLS[short]
                elif mod == "os.environ" and short in ("get", "setdefault", "pop", "update", "copy", "items", "keys"):
                    kind = ENVIRONMENT
                elif mod == "asyncio" and short == "sleep" and not (node.args and is_zero_or_one(node.args[0]) and node.args[0].value == 0):
                    kind = SLEEP
                elif mod == "asyncio" and short.startswith("create_subprocess"):
                    kind = PROCESS
                elif top == "tempfile":
                    unit.uses_temp = True
            elif resolved == "open":
                unit.fs.append([node.lineno, FILESYSTEM, "open"])
        if kind is None and receiver is not None:
            if receiver == "cls" and type(node.func.value) is Attribute and type(node.func.value.value) is Name:
                receiver = node.func.value.attr  # cls.session.resource(...) in setUpClass
            client = unit.net_vars.get(receiver)
            if client is None and type(node.func.value) is Call:
                # boto3.client("s3").list_buckets(), requests.Session().get(url)
                inner = self.resolve(dotted(node.func.value.func))
                if inner is not None:
                    imod, _, ishort = inner.rpartition(".")
                    builder = CLIENT_BUILDERS.get(imod) or CLIENT_BUILDERS.get(imod.split(".")[0])
                    if builder is not None and ishort in builder[1]:
                        client = builder[0]
            if client == SDK_CLIENT:
                if name in ("client", "resource", "Session"):
                    self.client_built(node, unit, SDK_CLIENT, receiver + "." + name, assigned)
                    return
                # on the client itself (s3.put_object, self.s3.put_object) or on a resource it builds (s3.Bucket("b").upload_file),
                # not on what an operation returned (s3.list_buckets().get("Buckets"))
                value = node.func.value
                tv = type(value)
                if name[:1].islower() and name not in SDK_LOCAL and not name.startswith("_") and (
                        tv is Name or (tv is Attribute and dotted(value) in ("self." + receiver, "cls." + receiver))
                        or (tv is Call and ((last_name(value.func) or "x")[:1].isupper() or last_name(value.func) in ("client", "resource")))):
                    kind, evidence = NETWORK, receiver + "." + name
            elif client == HTTP_CLIENT:
                if name in CLIENT_SENDS:
                    kind, evidence = NETWORK, receiver + "." + name
            elif client is None and name in HTTP_VERBS and node.args and (str_value(node.args[0]) or "").startswith(("http://", "https://")):
                kind, evidence = NETWORK, receiver + "." + name
        if kind is None and name in PATH_IO and receiver is not None:
            unit.fs.append([node.lineno, FILESYSTEM, receiver + "." + name])
        if kind is not None:
            if kind == FILESYSTEM:
                unit.fs.append([node.lineno, kind, evidence])
            else:
                unit.touches.append([node.lineno, kind, evidence])
                if kind in (NETWORK, DATABASE, CLUSTER, CONTAINER) and assigned:
                    # what an SDK operation returns (dynamodb.create_table(...) → a Table) is another SDK object
                    unit.net_vars[assigned[5:] if assigned.startswith("self.") else assigned] = SDK_CLIENT if client == SDK_CLIENT else HTTP_CLIENT

    def client_built(self, node, unit, family, evidence, assigned):
        """A client constructed: no touch until it sends, unless the unit hands it out (finish_clients)."""
        if family == HTTP_CLIENT:
            for k in node.keywords:
                # httpx.Client(app=app), httpx.AsyncClient(transport=ASGITransport(app)): the requests stay in process
                if k.arg == "app" or (k.arg == "transport" and type(k.value) is Call and
                                      (last_name(k.value.func) or "") not in ("HTTPTransport", "AsyncHTTPTransport")):
                    family = IN_PROCESS_CLIENT
        var = (assigned[5:] if assigned.startswith("self.") else assigned) if assigned else None
        if var is not None:
            unit.net_vars[var] = family
        if family == IN_PROCESS_CLIENT:
            return
        if unit.built is None:
            unit.built = []
        unit.built.append([node.lineno, evidence, assigned])

    def finish_clients(self, unit):
        """A client the unit returns or yields (a fixture, a factory helper) touches the network there: the calls on it are
        made where it is received."""
        for line, evidence, var in unit.built:
            if var is not None and var in unit.returns:
                unit.touches.append([line, NETWORK, evidence])

    def clients_used(self, owner, units):
        """Calls in <units> on clients that <owner> (a class's set-up, the module's code) keeps in self.x or a global."""
        clients = owner.net_vars
        for u in units:
            if u is owner:
                continue
            for c in u.calls:
                family = clients.get(c[2]) if c[2] is not None and c[2] not in u.net_vars else None
                if not family:
                    continue
                name = c[1]
                if name in CLIENT_SENDS if family == HTTP_CLIENT else (name[:1].islower() and name not in SDK_LOCAL and not name.startswith("_")):
                    u.touches.append([c[0], NETWORK, c[2] + "." + name])

    def skip_call(self, node, unit, resolved, name, receiver):
        kind = None
        if resolved in ("pytest.skip", "pytest.importorskip") or (receiver == "self" and name == "skipTest"):
            kind = RUNTIME
        elif resolved == "pytest.xfail":
            kind = EXPECTED_FAILURE
        if kind is None:
            return
        reason = None
        if resolved != "pytest.importorskip":
            reason = str_value(node.args[0]) if node.args else None
            for k in node.keywords:
                if k.arg in ("reason", "msg"):
                    reason = str_value(k.value)
        else:
            reason = "importorskip " + (str_value(node.args[0]) or "") if node.args else "importorskip"
        guard = self.guarded_skips.get(id(node)) if self.guarded_skips and kind == RUNTIME else None
        unit.skips.append([node.lineno, kind, reason, guard] if guard else [node.lineno, kind, reason])

    def config_call(self, node, resolved, name):
        args = node.args
        if not args:
            return
        key = str_value(args[0])
        if key is None:
            return
        default = str_value(args[1]) if len(args) > 1 else None
        for k in node.keywords:
            if k.arg in ("default", "fallback"):
                default = str_value(k.value)
        if default is None:
            return
        r = resolved or ""
        if r in ("os.environ.get", "os.getenv", "os.environ.setdefault") or r.endswith("environ.get") or r == "getenv":
            self.cfg.append([node.lineno, key, default, "environ"])
        else:
            receiver = (dotted(node.func.value) or "") if type(node.func) is Attribute else ""
            hay = (name + " " + receiver).lower()
            if "env" in hay or "setting" in hay or "config" in hay or "conf" in hay or name in ("get_value", "getvalue", "value_or_default"):
                self.cfg.append([node.lineno, key, default, "call"])

    # ---------------------------------------------------------------- fallbacks (FH1103)
    def mentions_availability(self, node, words=AVAILABILITY_WORDS):
        for n in ast.walk(node):
            t = type(n)
            if t is Name:
                text = n.id
            elif t is Attribute:
                text = n.attr
            elif t is Constant and type(n.value) is str:
                text = n.value
            else:
                continue
            lower = text.lower()
            for w in words:
                if lower == w or (len(w) > 3 and w in lower):
                    return True
        return False

    def substitute_in(self, nodes, hosts=True):
        for root in nodes:
            quiet = set()  # literals given to skip/fail/log calls are messages, not another host to fall back to
            for n in ast.walk(root):
                t = type(n)
                if t is Call and last_name(n.func) in MESSAGE_CALLS:
                    quiet.update(id(a) for a in ast.walk(n))
                    continue
                if id(n) in quiet:
                    continue
                if t is Call:
                    resolved = self.resolve(dotted(n.func))
                    name = last_name(n.func)
                    m = self.mock_call(n, resolved, name)
                    if m is not None and m[1] in MOCKER_CREATIONS:
                        return self.snippet(n, 60)
                    if name and name[0].isupper() and FAKE_NAME.search(name):
                        return name + "()"
                elif hosts and t is Constant and type(n.value) is str and is_host_literal(n.value):
                    return '"' + n.value + '"'
        return None

    # ---------------------------------------------------------------- the walk
    def walk(self, roots, unit):
        names = self.names
        literals = self.literals
        assigned = self.assigned
        events = unit.events
        stack = [(r, None, False) for r in reversed(roots)]
        push = stack.append
        pop = stack.pop
        loops = None  # loop variable -> what it iterates over (for chan in channels: chan.close.assert_called())
        while stack:
            node, lctx, in_assert = pop()
            t = type(node)
            if t is Name:
                names.add(node.id)
                if in_assert:
                    events.append((node.id, (), False, True))
                continue
            if t is Constant:
                v = node.value
                if type(v) is str and 2 <= len(v) <= 300:
                    data = self.data_lits
                    literals.append([node.lineno, v, data.get(id(node), lctx) if data else lctx])
                continue
            if t is Attribute:
                attrs = []
                cur = node
                while type(cur) is Attribute:
                    attrs.append(cur.attr)
                    cur = cur.value
                names.update(attrs)
                if type(cur) is Name:
                    root = cur.id
                    names.add(root)
                    attrs.reverse()
                    if root == "self" and attrs:
                        root = "self." + attrs[0]
                        attrs = attrs[1:]
                    events.append((root, attrs, type(node.ctx) is Store, in_assert))
                    if root == "os" and attrs and attrs[0] == "environ" and type(node.ctx) is Store:
                        unit.touches.append([node.lineno, ENVIRONMENT, "os.environ"])
                else:
                    if type(cur) is ast.Subscript:
                        # mocks["one"].clear.assert_called(), runner.fixups["b"].process.assert_not_called(): a use of
                        # what the container holds, through the chain that leads to it.
                        head = []
                        base = cur.value
                        while type(base) is Attribute or type(base) is ast.Subscript:
                            if type(base) is Attribute:
                                head.append(base.attr)
                            base = base.value
                        if type(base) is Name:
                            head.reverse()
                            attrs.reverse()
                            events.append((base.id, head + attrs, type(node.ctx) is Store, in_assert))
                    push((cur, None, in_assert))
                continue
            if t is Call:
                self.call(node, unit, push, in_assert)
                continue
            if t is ast.Expr:
                if type(node.value) is ast.Compare and unit.discarded is None:
                    unit.discarded = [node.lineno, self.snippet(node.value, 80)]  # x == y: computed and thrown away
                push((node.value, None, in_assert))
                continue
            if t is Assign or t is ast.AnnAssign or t is ast.AugAssign:
                targets = node.targets if t is Assign else [node.target]
                value = node.value
                if value is None:
                    continue
                target_name = None
                tgt = targets[0]
                tt = type(tgt)
                if tt is Name:
                    target_name = tgt.id
                    for x in targets:
                        if type(x) is Name:
                            unit.assign_count[x.id] = unit.assign_count.get(x.id, 0) + 1
                elif tt is Attribute:
                    target_name = "self." + tgt.attr if type(tgt.value) is Name and tgt.value.id == "self" else tgt.attr
                elif tt is ast.Subscript:
                    s = tgt.slice
                    if type(s).__name__ == "Index":
                        s = s.value
                    target_name = str_value(s)
                inner = value.value if type(value) is ast.Await else value
                if tt is Attribute and type(value) is Name and not (type(tgt.value) is Name and tgt.value.id == "self"):
                    # executor._chef = chef: the object is handed on to another one, a collaborator of it.
                    if unit.handed is None:
                        unit.handed = set()
                    unit.handed.add(value.id)
                    if tgt.attr == "return_value" or tgt.attr == "side_effect":
                        unit.handed.add("return " + value.id)  # cls.return_value = instance: the stub's answer
                if tt in (ast.Tuple, ast.List) and type(inner) in (ast.Tuple, ast.List) and len(tgt.elts) == len(inner.elts):
                    # w1, w2 = Mock(), Mock(), prev, utils.repeat = utils.repeat, Mock(): each target holds its own value
                    for x, v in zip(tgt.elts, inner.elts):
                        if type(v) is Call:
                            tx = type(x)
                            if tx is Name:
                                assigned[id(v)] = x.id
                            elif tx is Attribute or tx is ast.Subscript:
                                self.assign_member(x, v, unit)
                elif (tt is Attribute or tt is ast.Subscript) and t is not ast.AugAssign and (type(inner) is Call or type(inner) in COLLECTION_NODES):
                    self.assign_member(tgt, inner, unit)
                elif type(inner) is Call and target_name and t is not ast.AugAssign:
                    assigned[id(inner)] = target_name
                    if tt is Name and is_constructor_call(inner):
                        unit.fresh.add(target_name)
                elif tt is Name and type(inner) in COLLECTION_NODES:
                    unit.fresh.add(target_name)
                    # mocks = {"one": Mock()}: a mock kept in a container is used through it (mocks["one"].clear.assert_called()).
                    for x in (inner.values if type(inner) is ast.Dict else getattr(inner, "elts", ())):
                        if type(x) is Call:
                            self.contained[id(x)] = target_name
                if tt is Name:
                    kind = value_kind(inner, unit.kinds)
                    if kind is not None:
                        if unit.kinds is None:
                            unit.kinds = {}
                        unit.kinds[target_name] = kind
                    elif unit.kinds is not None:
                        unit.kinds.pop(target_name, None)
                push((value, target_name if tt is not Attribute or not target_name.startswith("self.") else target_name[5:], in_assert))
                for x in reversed(targets):
                    push((x, None, in_assert))
                continue
            if t is ast.Assert:
                self.assert_statement(node, unit)
                self.mark_compared([node.test])
                if node.msg is not None:
                    push((node.msg, None, False))
                push((node.test, None, True))
                continue
            if t is ast.With or t is ast.AsyncWith:
                for item in node.items:
                    v = item.context_expr
                    if type(v) is not Call:
                        continue
                    if item.optional_vars is not None and type(item.optional_vars) is Name:
                        assigned[id(v)] = item.optional_vars.id
                    if type(v) is Call and type(v.func) in (Name, Attribute) and is_network_fake(self.resolve(dotted(v.func))):
                        unit.fakes_net = True  # with mock_aws(): / with responses.RequestsMock() as rsps:
                    cm = last_name(v.func)
                    if cm and cm[0].isupper() or cm and cm[0] == "_" and cm[1:2].isupper():
                        self.context_class(v, cm, unit)
                    elif cm in ("raises", "assertRaises", "assertRaisesRegex"):
                        self.mark_rejected(node.items, node.body)
                for s in reversed(node.body):
                    push((s, None, in_assert))
                for item in reversed(node.items):
                    if item.optional_vars is not None:
                        push((item.optional_vars, None, in_assert))
                    push((item.context_expr, None, in_assert))
                continue
            if t is ast.JoinedStr:
                for v in node.values:
                    if type(v) is ast.FormattedValue:
                        push((v.value, None, in_assert))
                continue
            if t is ast.Dict:
                for k, v in zip(reversed(node.keys), reversed(node.values)):
                    push((v, str_value(k) if k is not None else None, in_assert))
                    if k is not None:
                        push((k, KEY, in_assert))
                continue
            if t is ast.Return or t is ast.Yield:
                if t is ast.Yield and unit.exit_check == 1:
                    unit.exit_check = 2
                v = node.value
                if v is not None:
                    if type(v) is Name:
                        unit.returns.add(v.id)
                    elif type(v) is Call:
                        key = "(returned)"
                        assigned.setdefault(id(v), key)
                        unit.returns.add(assigned[id(v)])
                    push((v, unit.name if t is ast.Return else None, in_assert))
                continue
            if t is ast.Raise:
                exc = node.exc
                if exc is not None:
                    n = last_name(exc)
                    if n in ("SkipTest", "Skipped") or (self.resolve(dotted(exc.func if type(exc) is Call else exc)) or "").startswith("pytest.skip"):
                        reason = str_value(exc.args[0]) if type(exc) is Call and exc.args else None
                        guard = self.guarded_skips.get(id(node)) if self.guarded_skips else None
                        unit.skips.append([node.lineno, RUNTIME, reason, guard] if guard else [node.lineno, RUNTIME, reason])
                    elif n == "AssertionError" or (unit.kind == "H" and ASSERTION_HELPER.match(unit.name) and n != "NotImplementedError"):
                        # A project's own check: raising is how it fails (a raise in an assertion helper, or AssertionError).
                        level = MODERATE if unit.kind == "H" and ASSERTION_HELPER.match(unit.name) else WEAK
                        unit.asserts.append([node.lineno, node.col_offset + 1, level, K_ASSERT, "raise " + (n or "exception"), self.snippet(node), 0, None])
                    elif unit.exit_check == 2 and type(exc) is Call and n != "NotImplementedError" and id(node) not in self.handler_raises:
                        # A context manager that raises a new error on exit (after its yield, in __exit__) fails the with
                        # when its expectation is not met: validate_deprecation(), tornado's ExpectLog.
                        unit.asserts.append([node.lineno, node.col_offset + 1, MODERATE, K_ASSERT, "raise on exit " + (n or "exception"),
                                             self.snippet(node), 0, None])
                    push((exc, None, in_assert))
                if node.cause is not None:
                    push((node.cause, None, in_assert))
                continue
            if t is ast.Try or t.__name__ == "TryStar":
                if node.body and is_fail_sentinel(node.body[-1]) and any(h.type is not None for h in node.handlers):
                    # try: act(); pytest.fail("should raise") / except Error: — pytest.raises written out by hand.
                    handler = next(h for h in node.handlers if h.type is not None)
                    unit.asserts.append([node.lineno, node.col_offset + 1, MODERATE, K_EXCEPTION, "try/fail/except " + (last_name(handler.type) or "exception"),
                                         self.snippet(node.body[-1]), 0, None])
                for h in node.handlers:
                    if h.type is not None and "NotImplementedError" in (last_name(x) for x in (h.type.elts if type(h.type) is ast.Tuple else [h.type])):
                        # except NotImplementedError: pytest.skip(...): the backend under test lacks the feature (a test-matrix choice)
                        self.guard_skips(h.body, GUARD_CAPABILITY)
                    if not catches_unavailability(h.type):
                        continue  # except ImportError: fcntl = Mock() stands in for a module, not for an unavailable service
                    substitute = self.substitute_in(h.body)
                    if substitute is not None:
                        self.fallbacks.append([h.lineno, unit.label, "except \u2192 " + substitute])
            elif t is ast.If or t is ast.IfExp:
                if t is ast.If:
                    self.skip_guard(node)
                    if unit.kind == "T" and len(node.body) == 1 and not node.orelse and is_fail_sentinel(node.body[0]):
                        # if out != 3: pytest.fail(msg) in a test is assert out == 3, msg: graded by the condition it fails on
                        # (in a helper not named as a check it stays a bare fail: see compare_lines in FH1303's fixtures).
                        self.kinds = unit.kinds
                        level, traits = self.condition(node.test, False)
                        unit.asserts.append([node.lineno, node.col_offset + 1, level, K_ASSERT, "if … fail", self.snippet(node.test, 140),
                                             traits & ~(T_BOOL_EQ | T_VALUE), None])
                if self.mentions_availability(node.test):
                    branches = node.body if t is ast.If else [node.body]
                    other = node.orelse if t is ast.If else [node.orelse]
                    # if os.environ.get("CI"): url = "http://172.17.0.1:4200": an environment choosing between real hosts is
                    # configuration; only a mock or fake it picks is a stand-in.
                    hosts = self.mentions_availability(node.test, PROBE_WORDS)
                    substitute = self.substitute_in(branches, hosts) or self.substitute_in(other, hosts)
                    if substitute is not None:
                        self.fallbacks.append([node.lineno, unit.label, "if " + self.snippet(node.test, 60) + " \u2192 " + substitute])
            elif t is ast.BoolOp:
                first = node.values[0]
                if type(node.op) is ast.Or and len(node.values) >= 2 and not (type(first) is Name and first.id in unit.params):
                    # on_ack or Mock(): a parameter's default, not a fallback from an unavailable service
                    last = node.values[-1]
                    if type(last) is Call:
                        name = last_name(last.func) or ""
                        m = self.mock_call(last, self.resolve(dotted(last.func)), name)
                        if (m is not None and m[1] in MOCK_CLASSES) or (name[:1].isupper() and FAKE_NAME.search(name)):
                            self.fallbacks.append([node.lineno, unit.label, "or " + self.snippet(last, 60)])
                    if type(first) is Call and str_value(last) is not None:
                        r = self.resolve(dotted(first.func)) or ""
                        if (r in ("os.environ.get", "os.getenv", "getenv") or r.endswith("environ.get")) and first.args and str_value(first.args[0]):
                            self.cfg.append([node.lineno, str_value(first.args[0]), str_value(last), "coalesce"])
            elif t is ast.Subscript:
                if type(node.slice) is Constant:
                    self.data_lits[id(node.slice)] = KEY  # nodes["127.0.0.1:7000"]: a lookup in parsed data
                base = dotted(node.value)
                if base and self.resolve(base) == "os.environ":
                    unit.touches.append([node.lineno, ENVIRONMENT, "os.environ[...]"])
            elif t in FUNCTIONS or t is ast.Lambda:
                if t is not ast.Lambda:
                    names.add(node.name)
                    self.parameter_defaults(node)
                    if unit.name != "(module)" and unit.name != "(setup)":
                        self.answers_of(node, unit)  # a function nested in a test or helper; top-level and class members are units
                        self.nested_def(node, unit)
                    for dec in node.decorator_list:
                        push((dec, None, in_assert))
                    for s in reversed(node.body):
                        push((s, None, in_assert))
                else:
                    if type(node.body) is Call:
                        self.answers.add(id(node.body))  # side_effect=lambda *a: MagicMock(): the stub's answer
                    push((node.body, None, in_assert))
                for arg in node.args.args:
                    names.add(arg.arg)
                continue
            elif t is ast.For or t is ast.comprehension or t is ast.AsyncFor:
                loops = self.loop_variable(node, loops)
            elif t is ast.ClassDef:
                names.add(node.name)
            elif t is ast.Import or t is ast.ImportFrom:
                self.record_import(node)
                continue

            fields = FIELDS.get(t)
            if fields is None:
                fields = FIELDS[t] = tuple(reversed([f for f in t._fields if f not in ("ctx", "op", "ops", "type_comment", "kind", "type_ignores")]))
            for field in fields:
                v = getattr(node, field, None)
                if type(v) is list:
                    for x in reversed(v):
                        if isinstance(x, AST):
                            push((x, None, in_assert))
                elif v is not None and isinstance(v, AST):
                    push((v, None, in_assert))
        if loops:
            # What the loop variable is used for, each element of the container is: for value in d.values():
            # value.__name__ = "x" configures every mock of d.
            for root, attrs, store, in_assert in list(events):
                sources = loops.get(root)
                if sources:
                    for source in sources:
                        events.append((source, attrs, store, in_assert))

    LOOP_VIEWS = frozenset(("values", "items", "keys", "copy"))
    LOOP_WRAPPERS = frozenset(("list", "tuple", "set", "sorted", "reversed", "iter", "enumerate", "zip", "chain", "filter"))

    def loop_variable(self, node, loops):
        """Records what a for loop's or comprehension's variable stands for: the containers its iterable reads
        (channels, self.hub.readers.values(), list(a) + list(b), (m1, m2)) and mocks created in a literal it iterates."""
        target = node.target
        if type(target) is ast.Tuple and target.elts:
            target = target.elts[-1]  # for key, value in d.items(), for i, m in enumerate(mocks): the element is last
        if type(target) is not Name:
            return loops
        var = target.id
        sources = []
        todo = [node.iter]
        while todo:
            n = todo.pop()
            t = type(n)
            if t is Name:
                sources.append(n.id)
            elif t is Attribute:
                sources.append("self." + n.attr if type(n.value) is Name and n.value.id == "self" else n.attr)
            elif t is Call:
                f = n.func
                if type(f) is Attribute and f.attr in self.LOOP_VIEWS and not n.args:
                    todo.append(f.value)
                elif last_name(f) in self.LOOP_WRAPPERS:
                    todo.extend(n.args)
            elif t is ast.List or t is ast.Tuple or t is ast.Set:
                for x in n.elts:
                    if type(x) is Call:
                        self.contained.setdefault(id(x), var)  # for m in [Mock(), Mock()]: each is the loop variable
                    else:
                        todo.append(x)
            elif t is ast.BinOp:
                todo.append(n.left)
                todo.append(n.right)
            elif t is ast.Subscript or t is ast.Starred:
                todo.append(n.value)
        if sources:
            if loops is None:
                loops = {}
            known = loops.setdefault(var, set())
            for source in sources:
                if source != var:
                    known.add(source)
                    outer = loops.get(source)
                    if outer:
                        known.update(outer)  # for group in groups: for m in group: m is an element of groups too
        return loops


# ---------------------------------------------------------------- skip guards (FH1506)
def ci_polarity(node):
    """1 when a condition holds in CI (`os.environ.get("CI")`, `IS_CI`, `"GITHUB_ACTIONS" in os.environ`), -1 when it holds
    only outside CI (`not IS_CI`, `os.environ.get("CI") is None`), else 0."""
    t = type(node)
    if t is ast.UnaryOp and type(node.op) is ast.Not:
        return -ci_polarity(node.operand)
    if t is Name:
        return 1 if CI_NAME.search(node.id) or node.id in CI_VARIABLES else 0
    if t is Attribute:
        return 1 if CI_NAME.search(node.attr) else 0
    if t is Call:
        if node.args and str_value(node.args[0]) in CI_VARIABLES:
            return 1  # os.environ.get("CI"), os.getenv("GITHUB_ACTIONS")
        name = last_name(node.func)
        return 1 if name and CI_NAME.search(name) else 0
    if t is ast.Subscript:
        return 1 if str_value(node.slice) in CI_VARIABLES else 0
    if t is ast.Compare and len(node.ops) == 1:
        op = type(node.ops[0])
        left, right = node.left, node.comparators[0]
        if op is ast.In or op is ast.NotIn:
            if str_value(left) in CI_VARIABLES:
                return 1 if op is ast.In else -1
            return 0
        p = ci_polarity(left)
        if p == 0:
            return 0
        negative = type(right) is Constant and (right.value is None or right.value in ("", "0", "false", "False", False))
        if op is ast.Is or op is ast.Eq:
            return -p if negative else p
        if op is ast.IsNot or op is ast.NotEq:
            return p if negative else -p
    return 0


def capability_condition(test):
    """A condition on the configured backend only: an attribute such as `result_backend`, `backend` or `driver`, tested with
    startswith/isinstance or compared with a name (`== "redis"`), and nothing that probes a service or reads the environment."""
    backend = compared = False
    for n in ast.walk(test):
        t = type(n)
        if t is Call:
            name = last_name(n.func)
            if name not in CAPABILITY_CALLS:
                return False
            compared = True
        elif t is Attribute:
            if n.attr in BACKEND_WORDS:
                backend = True
            elif n.attr in ("environ", "getenv"):
                return False
        elif t is Name:
            if n.id in BACKEND_WORDS:
                backend = True
        elif t is ast.Compare:
            if any(type(c) is Constant and c.value is None for c in n.comparators):
                return False  # `backend is None`: nothing configured is a missing environment
            compared = True
    return backend and compared


# ---------------------------------------------------------------- suppressions
SKIPPED_TOKENS = None


def suppressions(source, tree):
    """'# floe-audit: ignore[FH1302] reason' comments: [line, target line, text] each, and the def/class spans
    [first line (decorators included), line of the name, last line, symbol] a suppression on a header covers.
    The target is the comment's own line after code, else the line of the next code token (docs/suppressions.md)."""
    global SKIPPED_TOKENS
    import io
    import tokenize
    if SKIPPED_TOKENS is None:
        SKIPPED_TOKENS = {tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT, tokenize.ENCODING}
    comments = []
    pending = []
    last_code_line = 0
    try:
        for tok in tokenize.tokenize(io.BytesIO(source).readline):
            if tok.type == tokenize.COMMENT:
                if "floe-audit" in tok.string:
                    line = tok.start[0]
                    if last_code_line == line:
                        comments.append([line, line, tok.string[1:]])
                    else:
                        pending.append([line, None, tok.string[1:]])
            elif tok.type not in SKIPPED_TOKENS:
                if tok.type == tokenize.ENDMARKER:
                    break
                for c in pending:
                    c[1] = tok.start[0]
                    comments.append(c)
                pending = []
                last_code_line = tok.end[0]
    except (tokenize.TokenError, SyntaxError, IndentationError):
        pass
    for c in pending:
        c[1] = c[0]
        comments.append(c)
    if not comments:
        return None, None
    declarations = []

    def visit(node, prefix):
        for child in ast.iter_child_nodes(node):
            if type(child) in FUNCTIONS or type(child) is ast.ClassDef:
                first = min([d.lineno for d in child.decorator_list] + [child.lineno])
                symbol = prefix + child.name
                declarations.append([first, child.lineno, child.end_lineno or child.lineno, symbol])
                visit(child, symbol + ".")
            else:
                visit(child, prefix)

    visit(tree, "")
    return comments, declarations


# ---------------------------------------------------------------- driver
def summarise(index, path, relpath, config=-1):
    try:
        with open(path, "rb") as f:
            source = f.read()
    except OSError as e:
        return json.dumps({"i": index, "skip": "file is unreadable: " + str(e)}, separators=(",", ":"))
    lines = source.count(b"\n") + 1
    try:
        tree = ast.parse(source, filename=relpath)
    except SyntaxError as e:
        message = "SyntaxError: %s (parsed by Python %d.%d%s)" % (
            e.msg, sys.version_info[0], sys.version_info[1],
            "; the file may use syntax newer than this interpreter" if e.msg and "invalid syntax" in e.msg else "")
        # Nothing of the file is summarised: say how many tests that loses (its def test... lines).
        return json.dumps({"i": index, "n": lines, "err": [e.lineno or 1, e.offset or 1, message, len(TEST_DEF.findall(source))]},
                          separators=(",", ":"))
    except (ValueError, RecursionError, MemoryError, OverflowError) as e:
        return json.dumps({"i": index, "n": lines, "err": [1, 1, "%s: %s" % (type(e).__name__, e)]}, separators=(",", ":"))
    try:
        # A file pytest never collects is still summarised as pytest would see it: test code that imports it runs its
        # tests (sqlalchemy's lib/ suite, star-imported by test/dialect/test_suite.py); the C# side decides (PythonTestData).
        summary = FileSummary(tree, source, relpath, NAMINGS[config] if 0 <= config < len(NAMINGS) else DEFAULT_NAMING)
        out = summary.run()
        if uncollected(path, relpath, config) or summary.type_checks():
            out["nc"] = 1
    except RecursionError as e:
        return json.dumps({"i": index, "n": lines, "err": [1, 1, "file too deeply nested to summarise: %s" % e]}, separators=(",", ":"))
    except Exception as e:  # a helper bug must not cost the rest of the audit
        return json.dumps({"i": index, "n": lines, "err": [1, 1, "floe-audit could not summarise this file (%s: %s)" % (type(e).__name__, e)]},
                          separators=(",", ":"))
    if b"floe-audit" in source:
        comments, declarations = suppressions(source, tree)
        if comments:
            out["sup"] = comments
            out["decl"] = declarations
    out["i"] = index
    out["n"] = lines
    return ENCODE(out)


def run_chunk(chunk):
    gc.disable()
    return [summarise(*entry) for entry in chunk]


_STDOUT_LOCK = None


def _init_writer(lock):
    global _STDOUT_LOCK
    _STDOUT_LOCK = lock
    gc.disable()


def write_chunk(chunk):
    """A forked worker writes its chunk's lines to stdout itself, under a lock so lines never interleave: the parent
    neither unpickles nor re-writes them (about a tenth of the helper's CPU on large trees)."""
    data = b"".join(line.encode("utf-8", "replace") + b"\n" for line in (summarise(*entry) for entry in chunk))
    with _STDOUT_LOCK:
        view = memoryview(data)
        while view:
            view = view[os.write(1, view):]
    return len(chunk)


def cpu_count():
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def write(out, line):
    out.write(line.encode("utf-8", "replace"))
    out.write(b"\n")


def main():
    out = sys.stdout.buffer
    request = json.loads(sys.stdin.buffer.read().decode("utf-8") or "{}")
    files = request.get("files", [])
    # Read before the workers fork, so each configuration is parsed once.
    NAMINGS.extend(read_naming(path) for path in request.get("configs", []))
    PARENTS.extend(int(p) for p in request.get("parents", []))
    workers = int(request.get("workers") or 0) or cpu_count()
    workers = max(1, min(workers, cpu_count()))
    write(out, json.dumps({"floe": PROTOCOL, "python": "%d.%d.%d" % sys.version_info[:3]}))
    out.flush()
    gc.disable()
    # A pool costs a few tens of milliseconds to start; it pays only for many files and more than one CPU.
    if workers > 1 and len(files) >= 48:
        import concurrent.futures
        import multiprocessing
        try:
            context = multiprocessing.get_context("fork") if sys.platform.startswith("linux") else None
        except ValueError:
            context = None
        size = max(8, min(64, len(files) // (workers * 6) or 1))
        chunks = [files[i:i + size] for i in range(0, len(files), size)]
        if context is not None:
            # fork: the workers share this process's stdout and write their own lines.
            lock = context.Lock()
            with concurrent.futures.ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_init_writer,
                                                        initargs=(lock,)) as pool:
                for future in concurrent.futures.as_completed([pool.submit(write_chunk, c) for c in chunks]):
                    future.result()
        else:
            with concurrent.futures.ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
                for future in concurrent.futures.as_completed([pool.submit(run_chunk, c) for c in chunks]):
                    for line in future.result():
                        write(out, line)
                    out.flush()
    else:
        for entry in files:
            write(out, summarise(*entry))
    write(out, json.dumps({"done": len(files)}))
    out.flush()


if __name__ == "__main__":
    main()
