"""Waiting for the deployed platform."""
import time

import requests


def wait_for_http(url, timeout=120.0):  # plant: FH1802
    """Poll url until it answers 200: the chart's pods take a while to become ready."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if requests.get(url, timeout=2).status_code == 200:
                return
        except requests.ConnectionError:
            pass
        time.sleep(2)
    raise TimeoutError(f"{url} did not become ready within {timeout:g}s")
