"""Use cases: what the CLI and the web app call. One module per part of the flow."""
