"""Recul's domain: aggregates, their events and rules, the application's commands.

Pure Python on eventsourcing; no I/O and no web, queue or database framework.
"""
