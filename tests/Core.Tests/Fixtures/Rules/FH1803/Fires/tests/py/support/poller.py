def poll_once(probe):
    return probe()
