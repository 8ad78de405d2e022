"""Read models: one package per read model (view, projection, postgres, sqlite)."""
