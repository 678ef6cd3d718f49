import pytest


@pytest.mark.integration
def test_pods_are_running(cluster):
    pods = cluster.list_namespaced_pod("floe")
    assert len(pods.items) == 4


@pytest.mark.skip  # plant: FH1506
def test_pods_restart(cluster):
    assert cluster.read_namespaced_pod("api-0", "floe").status.phase == "Running"
