"""Integration-suite helper: starts a worker subprocess."""
import subprocess


def start_worker_process(app_name):
    return subprocess.Popen(["myapp", "worker", "-A", app_name])
