"""Shared machinery every app uses: background jobs (Django's Tasks framework), backups."""
