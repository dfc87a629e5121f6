"""Settings: ``dev`` (default for manage.py and ``make run``), ``test`` and ``production``."""
