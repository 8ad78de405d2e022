"""Background work: the Dramatiq broker, actors, the scheduler and the log followers."""
