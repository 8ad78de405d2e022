"""What every read model's view offers the runner besides its queries."""

from __future__ import annotations

from abc import ABC, abstractmethod
from contextlib import AbstractContextManager

from eventsourcing.persistence import TrackingRecorder


class ReadModelView(TrackingRecorder, ABC):
    """A read model's tables and its own tracking position, always written together."""

    @abstractmethod
    def clear(self, application_name: str) -> None:
        """Delete every row and the tracking position of ``application_name``, atomically."""

    @abstractmethod
    def exclusive(self, *, blocking: bool = True) -> AbstractContextManager[bool]:
        """Hold the right to apply events to this read model; yields whether it was obtained."""
