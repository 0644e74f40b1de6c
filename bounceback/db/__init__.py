"""Storage: SQLAlchemy models, the engine/session factory and the Alembic migrations."""
