"""The pure domain: models, policy, plan, compose and check. No I/O here."""
