"""What generated dataclasses share at run time, instead of code the decorator makes per class.

``@dataclass`` compiles ``__init__``, ``__repr__``, ``__eq__``, ``__hash__``, ``__setattr__`` and
``__delattr__`` from source for every class, which was most of the time a generated module took
to import. Generated classes write the first four out and take the frozen ``__setattr__`` and
``__delattr__`` from here; type checkers see them as ordinary frozen, keyword-only dataclasses.

They are dataclasses to everything that asks (``dataclasses.fields``, ``replace``, ``asdict``,
``is_dataclass``, a subclass under ``@dataclass``), but the decorator runs on a class the first time
something asks, not while its module is imported: importing ``dataclasses`` (with ``inspect``,
``ast`` and ``dis`` behind it) and processing every class's fields was over half of what importing
a small generated module cost, for a view that most programs never take.
"""

from __future__ import annotations

import _thread
import sys
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["FACTORY", "field", "value_class"]

T = TypeVar("T")

_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"


class _Factory:
    """The type of FACTORY."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<factory>"


# The default of a generated ``__init__`` parameter whose default value is built anew for each
# instance (a container or a struct), as ``dataclasses.field(default_factory=...)`` declares it.
# Typed Any so that it fits every parameter's type.
FACTORY: Any = _Factory()


class _FieldSpec:
    """A class attribute that stands for ``dataclasses.field(default_factory=...)`` until the
    class is made a dataclass."""

    __slots__ = ("default_factory",)

    def __init__(self, default_factory: Callable[[], object]) -> None:
        self.default_factory = default_factory

    def __repr__(self) -> str:
        return f"field(default_factory={self.default_factory!r})"


def field(*, default_factory: Callable[[], Any]) -> Any:
    """``dataclasses.field(default_factory=...)`` as generated modules use it at run time (type
    checkers see that function itself)."""
    return _FieldSpec(default_factory)


# The classes value_class made frozen: their own instances take no attribute after __init__.
_VALUE_CLASSES: set[type] = set()
# Held while a class is made a dataclass, so that two threads asking at once do it once.
_LOCK = _thread.RLock()


class _Pending:
    """``__dataclass_fields__``, ``__dataclass_params__`` or ``__doc__`` of a class the decorator
    has not run on yet: whoever reads one makes the class a dataclass and gets the real attribute."""

    __slots__ = ("owner", "name", "options")

    def __init__(self, owner: type, name: str, options: dict[str, Any]) -> None:
        self.owner, self.name, self.options = owner, name, options

    def __get__(self, instance: object, cls: type | None = None) -> Any:
        _complete(self.owner, self.options)
        return self.owner.__dict__[self.name]


def _complete(cls: type, options: dict[str, Any]) -> None:
    """Runs the dataclass decorator on ``cls`` (once) with ``options`` as value_class got them."""
    with _LOCK:
        if not isinstance(cls.__dict__.get(_FIELDS), _Pending):
            return
        import dataclasses

        if isinstance(cls.__dict__.get("__doc__"), _Pending):
            cls.__doc__ = None  # for the decorator to write
        frozen = bool(options.get("frozen"))
        # Frozen, the decorator would compile its own __setattr__ and __delattr__ over ours.
        dataclasses.dataclass(**dict(options, frozen=False))(_with_fields(cls))
        getattr(cls, _PARAMS).frozen = frozen


def _with_fields(cls: type[T]) -> type[T]:
    """``cls`` with each field() made the decorator's own ``dataclasses.field``."""
    import dataclasses

    for name, value in list(cls.__dict__.items()):
        if isinstance(value, _FieldSpec):
            setattr(cls, name, dataclasses.field(default_factory=value.default_factory))
    return cls


def _frozen_error(message: str) -> Exception:
    import dataclasses

    return dataclasses.FrozenInstanceError(message)


def _frozen_setattr(self: object, name: str, value: object) -> None:
    # As the decorator's: a value class's own instances and every field are frozen; a subclass's
    # instances may hold other attributes.
    cls = type(self)
    if cls in _VALUE_CLASSES or name in getattr(cls, _FIELDS):
        raise _frozen_error(f"cannot assign to field {name!r}")
    object.__setattr__(self, name, value)


def _frozen_delattr(self: object, name: str) -> None:
    cls = type(self)
    if cls in _VALUE_CLASSES or name in getattr(cls, _FIELDS):
        raise _frozen_error(f"cannot delete field {name!r}")
    object.__delattr__(self, name)


def _replace(self: T, /, **changes: Any) -> T:
    # The __replace__ that the decorator gives a class on Python 3.13 and later, for copy.replace.
    import dataclasses

    return dataclasses.replace(self, **changes)  # type: ignore[type-var]


def value_class(**options: Any) -> Callable[[type[T]], type[T]]:
    """``dataclasses.dataclass`` as generated modules use it at run time (type checkers see the
    decorator itself).

    A class that writes its own ``__init__`` (``init=False``) becomes a dataclass the first time
    something reads its ``__dataclass_fields__`` or ``__dataclass_params__`` (or, undocumented, its
    ``__doc__``). If frozen, it gets ``__setattr__`` and ``__delattr__`` shared by every such class
    instead of two the decorator compiles from source for each, and is marked frozen all the same,
    so the decorator's own checks (no mutable subclass of a frozen class) hold. Any other class is
    the decorator's, at once.
    """
    if options.get("init", True):
        import dataclasses

        def now(cls: type[T]) -> type[T]:
            made: type[T] = dataclasses.dataclass(**options)(_with_fields(cls))
            return made

        return now

    def make(cls: type[T]) -> type[T]:
        for name in (_FIELDS, _PARAMS) + (() if cls.__dict__.get("__doc__") else ("__doc__",)):
            # An undocumented class's docstring is the decorator's too: its __init__ signature.
            setattr(cls, name, _Pending(cls, name, options))
        if options.get("kw_only") and options.get("match_args", True) and "__match_args__" not in cls.__dict__:
            # What the decorator sets when every field is keyword-only.
            setattr(cls, "__match_args__", ())
        if sys.version_info >= (3, 13) and "__replace__" not in cls.__dict__:
            setattr(cls, "__replace__", _replace)
        if options.get("frozen"):
            setattr(cls, "__setattr__", _frozen_setattr)
            setattr(cls, "__delattr__", _frozen_delattr)
            _VALUE_CLASSES.add(cls)
        return cls

    return make
