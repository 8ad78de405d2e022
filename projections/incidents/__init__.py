"""The incidents read model: one row per incident, for lists, filters and counts."""
