"""The folders followup keeps its files in, found from the environment alone.

This module loads nothing but `os` (and platformdirs when FOLLOWUP_HOME is not set), so that
what runs before the rest of followup is imported (store.code_cache) can name its files;
followup.config wraps these in `pathlib.Path`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

APP = "followup"


def home_folder(env: Mapping[str, str] | None = None) -> str | None:
    """FOLLOWUP_HOME with a leading `~` expanded, when set: every file followup writes lives
    below it. A relative folder (`FOLLOWUP_HOME=rel/dir`) is taken from the working
    directory, and returned absolute."""
    env = os.environ if env is None else env
    home = env.get("FOLLOWUP_HOME")
    return os.path.abspath(os.path.expanduser(home)) if home else None


def cache_folder(env: Mapping[str, str] | None = None) -> str:
    """The cache folder: `<FOLLOWUP_HOME>/cache`, else the platform's user cache folder
    (platformdirs: `~/.cache/followup` on Linux)."""
    home = home_folder(env)
    if home is not None:
        return os.path.join(home, "cache")
    import platformdirs

    return platformdirs.user_cache_dir(APP)
