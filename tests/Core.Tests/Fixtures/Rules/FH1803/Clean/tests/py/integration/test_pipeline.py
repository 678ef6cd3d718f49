from .worker import start_worker_process


def test_worker_process_starts():
    proc = start_worker_process("t.app")
    try:
        assert proc.poll() is None
    finally:
        proc.kill()
