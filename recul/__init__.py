"""Recul's composition root: settings, wiring and the ``recul`` command line."""
