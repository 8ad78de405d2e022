"""The outbox: a tracked follower of the event log, holding what may fall due.

Built like a read model (projections/): its rows and its tracking position
commit in one transaction, so each event is applied exactly once and a restart
goes on from where it stopped. The scheduler asks it what is due.
"""

from workers.outbox.outbox import Outbox, open_outbox
from workers.outbox.view import ACTION, INCIDENT, Subject

__all__ = ["ACTION", "INCIDENT", "Outbox", "Subject", "open_outbox"]
