"""followup: follow up after a job interview the right way — how, when, and what to say."""

__version__ = "0.1.0"
