"""What generated dataclasses share at run time, instead of code the decorator makes per class.

``@dataclass`` compiles ``__init__``, ``__repr__``, ``__eq__``, ``__hash__``, ``__setattr__`` and
``__delattr__`` from source for every class, which was most of the time a generated module took
to import. Generated classes write the first four out and take the frozen ``__setattr__`` and
``__delattr__`` from here; type checkers see them as ordinary frozen, keyword-only dataclasses.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["FACTORY", "value_class"]

T = TypeVar("T")


class _Factory:
    """The type of FACTORY."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<factory>"


# The default of a generated ``__init__`` parameter whose default value is built anew for each
# instance (a container or a struct), as ``dataclasses.field(default_factory=...)`` declares it.
# Typed Any so that it fits every parameter's type.
FACTORY: Any = _Factory()


# The classes value_class made frozen: their own instances take no attribute after __init__.
_VALUE_CLASSES: set[type] = set()


def _frozen_setattr(self: object, name: str, value: object) -> None:
    # As the decorator's: a value class's own instances and every field are frozen; a subclass's
    # instances may hold other attributes.
    cls = type(self)
    if cls in _VALUE_CLASSES or name in getattr(cls, "__dataclass_fields__"):
        raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")
    object.__setattr__(self, name, value)


def _frozen_delattr(self: object, name: str) -> None:
    cls = type(self)
    if cls in _VALUE_CLASSES or name in getattr(cls, "__dataclass_fields__"):
        raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")
    object.__delattr__(self, name)


def value_class(**options: Any) -> Callable[[type[T]], type[T]]:
    """``dataclasses.dataclass`` as generated modules use it at run time (type checkers see the
    decorator itself).

    A frozen class that writes its own ``__init__`` gets ``__setattr__`` and ``__delattr__`` shared
    by every such class instead of two the decorator compiles from source for each, the larger
    part of what a generated module's import cost; it is marked frozen all the same, so the
    decorator's own checks (no mutable subclass of a frozen class) hold. Any other class is the
    decorator's.
    """
    if not options.get("frozen") or options.get("init", True):
        return dataclasses.dataclass(**options)
    options["frozen"] = False

    def make(cls: type[T]) -> type[T]:
        made = dataclasses.dataclass(**options)(cls)
        setattr(made, "__setattr__", _frozen_setattr)
        setattr(made, "__delattr__", _frozen_delattr)
        getattr(made, "__dataclass_params__").frozen = True
        _VALUE_CLASSES.add(made)
        return made

    return make
