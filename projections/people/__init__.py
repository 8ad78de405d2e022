"""The people read model: who took which role in which incident."""
