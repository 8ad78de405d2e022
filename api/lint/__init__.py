"""Lint: findings as GraphQL types, the lint query, warnings on payloads."""
