from shop.config import TomlParser, load


def test_loads_settings(mocker):
    mocker.spy(TomlParser, "parse")  # plant: FH1104
    assert load("settings.toml")["name"] == "shop"
