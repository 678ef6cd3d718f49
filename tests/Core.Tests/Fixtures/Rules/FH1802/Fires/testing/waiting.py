import time

import requests


def wait_for_http(url, attempts=30):  # plant: FH1802
    for _ in range(attempts):
        try:
            if requests.get(url, timeout=2).ok:
                return
        except requests.ConnectionError:
            pass
        time.sleep(1)
    raise TimeoutError(url)
