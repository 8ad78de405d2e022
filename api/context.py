"""The per-request context: the application, the read models, the caller, the loaders."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeAlias

import strawberry

from api.auth import Principal
from api.limits import Limits
from api.loaders import Loaders
from domain.application import Recul

if TYPE_CHECKING:
    from projections.factory import ReadModels


@dataclass
class Context:
    """Built once per request; loaders cache only for this request."""

    app: Recul
    read_models: ReadModels
    principal: Principal
    correlation_id: str
    limits: Limits = field(default_factory=Limits)
    loaders: Loaders = field(init=False)

    def __post_init__(self) -> None:
        self.loaders = Loaders(self.read_models)


Info: TypeAlias = strawberry.Info[Context, None]
