from unittest.mock import AsyncMock

from shop.runner import Runner


async def test_cancel_stubs_out_kill():
    runner = Runner()
    runner._kill = AsyncMock()  # stubs out a member of the subject in place, like patch.object
    assert await runner.cancel() == "cancelled"


async def test_autofix_skips_backup():
    runner = Runner()
    runner.fixups["backup"].process = AsyncMock()
    await runner.autofix()
    runner.fixups["backup"].process.assert_not_called()
