"""Tests defined only on some platforms: pytest collects them where their block runs."""
import sys

if sys.platform == "win32":
    from shop.console import WindowsConsole

    def test_console_on_windows():
        assert WindowsConsole().encoding == "utf-16"

else:

    def test_console_elsewhere():
        assert sys.stdout is not None

try:
    import fcntl  # noqa: F401
except ImportError:  # pragma: no cover
    fcntl = None
