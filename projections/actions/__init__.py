"""The actions read model: one row per action, for owners, due dates and follow-up."""
