"""Alembic environment: run on the connection followup hands over (no alembic.ini needed)."""

from __future__ import annotations

from alembic import context

from followup.store.tables import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - followup always passes its own connection
    raise RuntimeError("followup runs its migrations itself; open the database with followup")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
