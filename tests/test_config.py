"""Settings: SPEC defaults, the config file, FOLLOWUP_* variables, flags, their precedence,
`followup config`, one-line errors, and the generated reference in docs/."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest

from followup import config
from followup.core.errors import ConfigError, InvalidInput

ROOT = Path(__file__).resolve().parent.parent
WORKED = ("plan", "--interviewed", "2026-11-19", "--format", "video", "--tz", "America/New_York")


def settings_for(home: Path, text: str | None = None, **env: str) -> config.Settings:
    if text is not None:
        (home / "config.toml").write_text(text, encoding="utf-8")
    return config.load_settings({"FOLLOWUP_HOME": str(home), **env})


def test_defaults_are_the_spec(tmp_path: Path) -> None:
    s = settings_for(tmp_path)
    assert all(source == "default" for source in s.sources.values())
    policy = s.policy
    assert policy.name == "seed"
    assert policy.same_day is False  # H1: never the interview day
    assert policy.wait_days == 2  # S1
    assert policy.ideal_days == 3
    assert policy.max_days == 7  # H2
    assert policy.send_time == time(10, 0)
    assert (policy.call_start, policy.call_end) == (time(10, 0), time(11, 30))
    assert policy.card_transit_days == 3
    assert policy.max_business_days == 0 and policy.check_ins == 0
    assert s["user.country"] == "US"
    assert s.config_file == tmp_path / "config.toml"


def test_every_setting_is_declared_once_with_a_description() -> None:
    names = [s.name for s in config.SETTINGS]
    assert len(names) == len(set(names))
    for s in config.SETTINGS:
        assert s.description.strip(), s.name
        assert s.env_var == "FOLLOWUP_" + s.name.replace(".", "_").upper()
        assert isinstance(s.default, s.type), s.name


def test_config_file_values(tmp_path: Path) -> None:
    s = settings_for(
        tmp_path,
        '[user]\ncountry = "GB"\n\n'
        '[policy]\nwait_days = 1\nsend_time = 09:30:00\ncall_end = "12:00"\nsame_day = true\n',
    )
    assert s["user.country"] == "GB"
    assert s["policy.wait_days"] == 1
    assert s["policy.send_time"] == time(9, 30)  # a TOML time
    assert s["policy.call_end"] == time(12, 0)  # a string HH:MM
    assert s["policy.same_day"] is True
    for name in ("user.country", "policy.wait_days", "policy.send_time", "policy.same_day"):
        assert s.sources[name] == "file"
    assert s.sources["policy.max_days"] == "default"


def test_followup_config_points_at_another_file(tmp_path: Path) -> None:
    other = tmp_path / "elsewhere.toml"
    other.write_text("[policy]\nmax_days = 5\n")
    s = config.load_settings({"FOLLOWUP_HOME": str(tmp_path), "FOLLOWUP_CONFIG": str(other)})
    assert s.config_file == other
    assert s["policy.max_days"] == 5


def test_environment_overrides(tmp_path: Path) -> None:
    s = settings_for(
        tmp_path,
        FOLLOWUP_POLICY_WAIT_DAYS="4",
        FOLLOWUP_POLICY_SAME_DAY="yes",
        FOLLOWUP_POLICY_SEND_TIME="08:15",
        FOLLOWUP_USER_COUNTRY="DE",
    )
    assert s["policy.wait_days"] == 4
    assert s["policy.same_day"] is True
    assert s["policy.send_time"] == time(8, 15)
    assert s["user.country"] == "DE"
    assert s.sources["policy.wait_days"] == "env"


def test_precedence_default_preset_file_env_flag(tmp_path: Path) -> None:
    # default
    assert settings_for(tmp_path).sources["policy.wait_days"] == "default"
    # preset beats default
    s = settings_for(tmp_path, '[policy]\nname = "quick-thanks"\n')
    assert s["policy.wait_days"] == 0 and s.sources["policy.wait_days"] == "policy quick-thanks"
    assert s["policy.max_days"] == 7 and s.sources["policy.max_days"] == "default"
    # file beats preset
    s = settings_for(tmp_path, '[policy]\nname = "quick-thanks"\nwait_days = 1\n')
    assert s["policy.wait_days"] == 1 and s.sources["policy.wait_days"] == "file"
    # env beats file
    s = settings_for(
        tmp_path, '[policy]\nname = "quick-thanks"\nwait_days = 1\n', FOLLOWUP_POLICY_WAIT_DAYS="5"
    )
    assert s["policy.wait_days"] == 5 and s.sources["policy.wait_days"] == "env"
    # flag beats env
    s = s.with_flags({"policy.wait_days": 6, "policy.ideal_days": None})
    assert s["policy.wait_days"] == 6 and s.sources["policy.wait_days"] == "flag"
    assert s.sources["policy.ideal_days"] == "policy quick-thanks"  # None: not given


def test_policy_flag_applies_its_preset_below_explicit_settings(tmp_path: Path) -> None:
    s = settings_for(tmp_path, "[policy]\nmax_business_days = 2\n", FOLLOWUP_POLICY_NAME="seed")
    s = s.with_flags({"policy.name": "quick-thanks"})
    assert s["policy.name"] == "quick-thanks" and s.sources["policy.name"] == "flag"
    assert s["policy.same_day"] is True  # from the preset
    assert s["policy.max_business_days"] == 2  # the file still wins over the preset
    with pytest.raises(InvalidInput, match="unknown policy"):
        s.with_flags({"policy.name": "nope"})


def test_policy_flag_beats_the_environment(cli) -> None:
    import os

    os.environ["FOLLOWUP_POLICY_NAME"] = "seed"  # removed again by the autouse fixture
    res = cli(*WORKED, "--policy", "quick-thanks", "--json")
    assert res.code == 0, res.err
    assert res.json()["policy"] == "quick-thanks"


@pytest.mark.parametrize(
    ("text", "env", "fragment"),
    [
        ("[policy]\nwait_days = 'soon'\n", {}, "policy.wait_days expects a whole number"),
        ("[policy]\nsame_day = 'maybe'\n", {}, "policy.same_day expects true or false"),
        ("[policy]\nsend_time = '25:00'\n", {}, "policy.send_time expects a time"),
        ("[policy]\nwait_days = true\n", {}, "expects a whole number"),
        ("[user]\ncountry = 3\n", {}, "user.country expects text"),
        ("[policy]\nname = 'nope'\n", {}, "unknown policy 'nope'"),
        ("[policy]\nbogus = 1\n", {}, "unknown setting policy.bogus"),
        ("[bogus]\nkey = 1\n", {}, "unknown setting bogus.key"),
        ("wait_days = 3\n", {}, "must be a [section] table"),
        ("[policy\nwait_days = 3\n", {}, "line 1: a [section] line is not closed with ]"),
        ('[user]\ncountry = "DE\n', {}, "config.toml, line 2: a quoted value is not closed"),
        ("[user]\ncountry = DE\n", {}, "line 2: the value is not one TOML reads"),
        ("[user]\ncountry 'DE'\n", {}, "line 2: a setting needs '=' and a value"),
        ("[policy]\nwait_days = 1\nwait_days = 2\n", {}, "line 3: this setting is written twice"),
        (
            "[user]\ncountyr = 'DE'\n",
            {},
            "line 2: unknown setting user.countyr; did you mean user.country?",
        ),
        ("[policy]\nwaitdays = 3\n", {}, "did you mean policy.wait_days?"),
        ("\n[policy]\nname = 'fast'\n", {}, "config.toml, line 3: unknown policy 'fast'"),
        ("", {"FOLLOWUP_POLICY_WAIT_DAYS": "two"}, "FOLLOWUP_POLICY_WAIT_DAYS"),
        ("", {"FOLLOWUP_POLICY_CALL_START": "noon"}, "policy.call_start expects a time"),
        ("[user]\ntimezone = 'Mars/Olympus'\n", {}, "line 2: user.timezone 'Mars/Olympus' is not"),
        ("[user]\ntimezone = 'Berlin'\n", {}, "did you mean Europe/Berlin?"),
        ("", {"FOLLOWUP_USER_TIMEZONE": "Nowhere"}, "FOLLOWUP_USER_TIMEZONE: user.timezone"),
        ("[user]\ncountry = 'Narnia'\n", {}, "user.country: 'Narnia' is not a country"),
        ("[user]\ncountry = 'XX'\n", {}, "user.country 'XX' is not a country"),
        ("", {"FOLLOWUP_USER_COUNTRY": "Atlantis"}, "FOLLOWUP_USER_COUNTRY: user.country"),
    ],
)
def test_bad_values_are_refused_on_load(tmp_path: Path, text: str, env, fragment: str) -> None:
    with pytest.raises(ConfigError, match=None) as info:
        settings_for(tmp_path, text, **env)
    assert fragment in str(info.value)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("[policy]\nmax_days = 0\n", "line 2: policy.max_days must be at least 1"),
        ("[policy]\nwait_days = -1\n", "line 2: policy.wait_days must not be negative"),
        ("[policy]\nmax_days = 100000\n", "line 2: policy.max_days must be at most 366"),
        ("[policy]\ncall_end = '09:00'\n", "policy.call_end must be after policy.call_start"),
        ("[video]\nmin_seconds = 90\nmax_seconds = 60\n", "line 3: video.max_seconds must be"),
    ],
)
def test_impossible_policies_are_refused_with_their_file_and_line(
    tmp_path: Path, text: str, fragment: str
) -> None:
    """A value the commands cannot use is refused when the settings are read, naming where
    it was set, as a value of the wrong type is; `config` lists it among the problems."""
    with pytest.raises(ConfigError) as info:
        settings_for(tmp_path, text)
    assert fragment in str(info.value) and "config.toml" in str(info.value)
    problems: list[str] = []
    (tmp_path / "config.toml").write_text(text)
    settings = config.load_settings({"FOLLOWUP_HOME": str(tmp_path)}, problems=problems)
    assert len(problems) == 1 and fragment in problems[0], problems
    assert settings.policy and settings.video  # the wrong setting is back at its default


def test_problems_come_in_the_order_of_the_file(tmp_path: Path) -> None:
    text = (
        "[user]\ntimezone = 'Europe/Berln'\ncountyr = 'DE'\n[policy]\nwait_days = -3\n"
        "same_day = 'maybe'\nname = 'fast'\n"
    )
    (tmp_path / "config.toml").write_text(text)
    problems: list[str] = []
    config.load_settings({"FOLLOWUP_HOME": str(tmp_path), "FOLLOWUP_POLICY_MAX_DAYS": "x"},
                         problems=problems)  # fmt: skip
    lines = [int(p.split(", line ")[1].split(":")[0]) for p in problems if ", line " in p]
    assert lines == [2, 3, 5, 6, 7], problems
    assert problems[-1].startswith("FOLLOWUP_POLICY_MAX_DAYS")


BAD_CONFIGS = [
    ("[policy]\nwait_days = 'soon'\n", {}),
    ("[policy]\nbogus = 1\n", {}),
    ("not toml at all [[[\n", {}),
    ("", {"FOLLOWUP_POLICY_MAX_DAYS": "seven"}),
    ("", {"FOLLOWUP_POLICY_NAME": "nope"}),
    ("[user]\ntimezone = 'Mars/Olympus'\n", {}),
    ("[user]\ncountry = 'XX'\n", {}),
    ("", {"FOLLOWUP_USER_TIMEZONE": "Nowhere"}),
    ("[policy]\nwait_days = -3\n", {}),
    ("", {"FOLLOWUP_POLICY_WAIT_DAYS": "-3"}),
    ('[user]\ncountry = "DE\n', {}),
]
COMMANDS = [(*WORKED, "--json"), WORKED]
CASES = [(text, env, command) for text, env in BAD_CONFIGS for command in COMMANDS]
CASES += [("[policy]\nmax_days = 0\n", {}, command) for command in COMMANDS]


@pytest.mark.parametrize(("text", "env", "command"), CASES)
def test_bad_config_is_one_line_exit_2(cli, followup_home, text, env, command) -> None:
    import os

    if text:
        (followup_home / "config.toml").write_text(text)
    os.environ.update(env)  # the autouse fixture removes FOLLOWUP_* again
    res = cli(*command)
    assert res.code == 2, (res.code, res.err)
    assert res.out == ""
    assert len(res.err.splitlines()) == 1 and res.err.startswith("followup: error: ")


@pytest.mark.parametrize(("text", "env"), BAD_CONFIGS)
def test_config_shows_what_is_wrong_and_everything_else(cli, followup_home, text, env) -> None:
    """`followup config` is where a bad file is looked at: it names each problem (the file,
    the line, the bad value) and still shows every setting, the wrong ones at their default."""
    import os

    if text:
        (followup_home / "config.toml").write_text(text)
    os.environ.update(env)
    res = cli("config", "--json")
    assert res.code == 0 and res.err == "", res.err
    data = res.json()
    assert [row["name"] for row in data["settings"]] == [s.name for s in config.SETTINGS]
    assert data["problems"], data
    where = str(followup_home / "config.toml") if text else next(iter(env))
    assert any(where in problem or "unknown policy" in problem for problem in data["problems"])


@pytest.mark.parametrize(
    ("text", "timezone", "country"),
    [
        ("[user]\ntimezone = 'Europe/Berlin'\ncountry = 'Germany'\n", "Europe/Berlin", "DE"),
        ("[user]\ntimezone = 'UTC'\ncountry = 'uk'\n", "UTC", "GB"),
        ("[user]\ntimezone = ''\ncountry = 'ca'\n", "", "CA"),
        ("[user]\ncountry = 'DEU'\n", "", "DE"),
    ],
)
def test_zone_and_country_settings_are_read_as_standard_names(tmp_path, text, timezone, country):
    s = settings_for(tmp_path, text)
    assert s["user.timezone"] == timezone and s["user.country"] == country


def test_a_zone_or_country_set_from_the_web_app_is_checked_before_it_is_written(followup_home):
    from followup.services import preferences

    settings = config.load_settings()
    for name, value in (("user.timezone", "Mars/Olympus"), ("user.country", "Narnia")):
        with pytest.raises(ConfigError, match=name):
            preferences.set_values(settings, {name: value})
    assert not (followup_home / "config.toml").exists()
    changed = preferences.set_values(settings, {"user.country": "Germany"})
    assert changed["user.country"] == "DE"


def test_a_bad_zone_in_the_file_is_one_line_for_every_command(
    run_followup, followup_home, monkeypatch
) -> None:
    """Not "unexpected ZoneInfoNotFoundError": the file, the line, the value, what to write."""
    monkeypatch.delenv("FOLLOWUP_USER_TIMEZONE")
    (followup_home / "config.toml").write_text("[user]\ntimezone = 'Mars/Olympus'\n")
    for command in (["today"], ["list"], [*WORKED]):
        res = run_followup(*command)
        assert res.code == 2 and res.out == "", (command, res)
        assert res.err == (
            f"followup: error: {followup_home / 'config.toml'}, line 2: user.timezone "
            "'Mars/Olympus' is not a time zone; use an IANA name such as Europe/Berlin\n"
        )
    shown = " ".join(run_followup("config").out.split())
    assert "user.timezone 'Mars/Olympus' is not a time zone" in shown
    assert "user.timezone = (empty) (default)" in shown


def test_bad_config_through_the_installed_command(run_followup, followup_home) -> None:
    (followup_home / "config.toml").write_text(
        "[user]\ncountry = 'GB'\n[policy]\nwait_days = 'soon'\n"
    )
    res = run_followup("config")
    assert res.code == 0 and res.err == "", res.err
    shown = " ".join(res.out.split())  # long paths wrap
    assert f"{followup_home / 'config.toml'}, line 4: policy.wait_days expects a whole" in shown
    assert "got 'soon'" in shown
    assert "user.country = GB (file)" in shown  # everything else is shown
    assert "policy.wait_days = 2 (default)" in shown
    res = run_followup("plan", "--interviewed", "2026-11-19", "--format", "video")
    assert res.code == 2 and res.out == ""
    assert res.err == (
        f"followup: error: {followup_home / 'config.toml'}, line 4: policy.wait_days expects "
        "a whole number, got 'soon'\n"
    )


def test_config_names_every_setting_whole_and_the_database(cli, monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("COLUMNS", "50")
    res = cli("--db", str(tmp_path / "mine.db"), "config")
    assert res.code == 0, res.err
    shown = " ".join(res.out.split())  # long paths wrap
    assert f"Database {tmp_path / 'mine.db'}" in shown
    assert "(none yet)" in shown  # no config file was written
    assert "…" not in res.out
    for s in config.SETTINGS:
        assert f"{s.name} = " in shown
    assert cli("--db", str(tmp_path / "mine.db"), "config", "--json").json()["database"] == str(
        tmp_path / "mine.db"
    )


def test_config_json_lists_every_setting_and_its_source(cli, followup_home) -> None:
    import os

    (followup_home / "config.toml").write_text('[policy]\nname = "quick-thanks"\nmax_days = 6\n')
    os.environ["FOLLOWUP_POLICY_CALL_END"] = "12:15"
    res = cli("config", "--json")
    assert res.code == 0, res.err
    data = res.json()
    assert data["config_file"] == str(followup_home / "config.toml")
    rows = {row["name"]: row for row in data["settings"]}
    assert [row["name"] for row in data["settings"]] == [s.name for s in config.SETTINGS]
    for s in config.SETTINGS:
        row = rows[s.name]
        assert set(row) >= {"name", "value", "source", "env", "description"}
        assert row["env"] == s.env_var and row["description"] == s.description
        assert isinstance(row["value"], str)
    assert rows["policy.max_days"] == {**rows["policy.max_days"], "value": "6", "source": "file"}
    assert rows["policy.call_end"]["value"] == "12:15"
    assert rows["policy.call_end"]["source"] == "env"
    assert rows["policy.wait_days"]["value"] == "0"
    assert rows["policy.wait_days"]["source"] == "policy quick-thanks"
    assert rows["user.timezone"]["source"] == "env"  # set by the test fixture
    assert rows["policy.send_time"] == {**rows["policy.send_time"], "value": "10:00"}
    assert rows["policy.send_time"]["source"] == "default"


def test_config_human_view(cli) -> None:
    res = cli("config")
    assert res.code == 0, res.err
    assert "policy.wait_days" in res.out and "default" in res.out


def test_docs_configuration_is_generated(cli) -> None:
    """docs/configuration.md is `followup config --reference`: regenerate it with
    `.venv/bin/followup config --reference > docs/configuration.md`."""
    res = cli("config", "--reference")
    assert res.code == 0, res.err
    docs = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    assert docs == res.out, "docs/configuration.md is stale: regenerate it (see docstring)"
    for s in config.SETTINGS:
        assert f"`{s.name}`" in docs and f"`{s.env_var}`" in docs
