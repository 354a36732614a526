"""The folders followup keeps its files in, found from the environment alone.

This module loads nothing but `os` (and platformdirs when FOLLOWUP_HOME is not set), so that
what runs before the rest of followup is imported (store.code_cache) can name its files;
followup.config wraps these in `pathlib.Path`. `temporary_file` opens the file that a write
goes to before it is renamed into place.
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


TEMPORARY_TRIES = 100  # names tried before giving up (each one taken by another file)


def temporary_file(
    folder: str | os.PathLike[str], prefix: str, suffix: str = ""
) -> tuple[int, str]:
    """A new file in `folder`, opened for reading and writing: (descriptor, path). As
    `tempfile.mkstemp(dir=folder, prefix=prefix, suffix=suffix)` makes it: created (O_EXCL,
    never following a link) by this call alone, readable and writable by its owner only
    (0600), named `<prefix><random letters><suffix>`; without importing `tempfile`, which
    loads `shutil`, `random` and the compression modules (a tenth of a `send`'s start-up).
    OSError when the folder cannot be written (FileExistsError after TEMPORARY_TRIES taken
    names)."""
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    flags |= getattr(os, "O_BINARY", 0)
    for _ in range(TEMPORARY_TRIES):
        path = os.path.join(folder, f"{prefix}{os.urandom(6).hex()}{suffix}")
        try:
            return os.open(path, flags, 0o600), path
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name in {os.fspath(folder)}")
