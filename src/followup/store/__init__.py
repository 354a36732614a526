"""Storage: the database (SQLAlchemy + Alembic) and on-disk caches. Returns core objects."""
