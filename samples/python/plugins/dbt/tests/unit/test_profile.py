from floe_dbt.profile import render_profile


def test_profile_targets_trino():
    profile = render_profile(host="trino", port=8080)
    assert profile["outputs"]["dev"] == {"type": "trino", "host": "trino", "port": 8080}
