"""`python -m followup` runs the command line."""

from followup.cli import main

raise SystemExit(main())
