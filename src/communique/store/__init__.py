"""Persistence: schema, migrations, one writer; SQLite by default."""
