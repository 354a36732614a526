"""Where the files shipped with followup are: `DATA_DIR`, the package's data folder
(src/followup/data), read as plain files. importlib.resources is only needed for a package
that is not a folder, and it imports zipfile and tempfile on the start-up path."""

from __future__ import annotations

from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
