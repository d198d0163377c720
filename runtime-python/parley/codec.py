"""Encoding and decoding whole structs: the generated fast codecs, with the checked path behind them.

Every generated struct has ``write(w)`` and ``read(r)`` over the ProtocolWriter/ProtocolReader
objects, which call ``write_struct`` and ``read_struct`` here. For the two built-in protocols
these run the struct's generated straight-line codec on the writer's or reader's buffer; for any
other writer or reader, and whenever a fast codec stops (a value out of range, truncated or
malformed input, a stream that has not delivered the whole struct yet), they run the generic
codec over the protocol object, which raises the precise error or handles the unusual case.
Values and bytes are the same on both paths; the tests compare them.

``encode`` and ``decode`` do the same for a whole message without any protocol object.

The generated dataclasses also take from here what every frozen value shares: the ``__repr__``,
``__eq__`` and ``__hash__`` of its fields (made by the dataclass decorator at import time, these
cost most of a generated module's import), and ``FACTORY``, the default of an ``__init__``
parameter built anew per instance.
"""

from __future__ import annotations

import dataclasses
import reprlib
from collections.abc import Callable
from typing import Any, TypeVar

from .binary import BinaryProtocolReader, BinaryProtocolWriter
from .compact import CompactProtocolReader, CompactProtocolWriter
from .errors import ProtocolError, ProtocolErrorKind
from .limits import Limits
from .protocol import _DEFAULT_LIMITS, Protocol, reader, writer
from .reading import ProtocolReader
from .writing import ProtocolWriter

__all__ = ["encode", "decode", "read_struct", "write_struct", "FACTORY", "value_class", "value_repr",
           "value_eq", "value_hash"]

T = TypeVar("T")
_COMPACT = Protocol.COMPACT
_BINARY = Protocol.BINARY
# The fast decoders check only lengths and sizes that take more than one byte in the compact
# protocol; with smaller limits, only the generic decoders run.
_SMALLEST_LIMIT = 0x7F


class _Factory:
    """The type of FACTORY."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<factory>"


# The default of a generated ``__init__`` parameter whose default value is built anew for each
# instance (a container or a struct), as ``dataclasses.field(default_factory=...)`` declares it.
# Typed Any so that it fits every parameter's type.
FACTORY: Any = _Factory()


def _frozen_setattr(self: object, name: str, value: object) -> None:
    raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")


def _frozen_delattr(self: object, name: str) -> None:
    raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")


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
        return made

    return make


# A generated frozen value's instance dict holds exactly its fields, in declaration order: its
# __init__ and the fast decoders fill it so, and a frozen value takes no other attribute. These
# behave as the dataclass decorator's methods over those fields.


@reprlib.recursive_repr()
def value_repr(self: object) -> str:
    """``Point(x=1.0, y=None)``; a value that holds itself through a list shows ``...``."""
    fields = ", ".join([f"{name}={value!r}" for name, value in self.__dict__.items()])
    return f"{self.__class__.__qualname__}({fields})"


def value_eq(self: object, other: object) -> bool:
    """Equal when of the same class with equal fields."""
    if other.__class__ is not self.__class__:
        return NotImplemented  # type: ignore[no-any-return]  # as object.__eq__ may
    same: bool = self.__dict__ == other.__dict__
    return same


def value_hash(self: object) -> int:
    """The hash of the fields' tuple, as a frozen dataclass's."""
    return hash(tuple(self.__dict__.values()))


def _fast_limits(limits: Limits) -> bool:
    # The fast decoders read binary lengths unsigned, so a limit must be below 2**31 for a negative
    # length to exceed it.
    return (_SMALLEST_LIMIT <= limits.max_string_length < 2**31
            and limits.max_container_size >= _SMALLEST_LIMIT)


def write_struct(value: Any, w: ProtocolWriter) -> None:
    """Writes the generated struct ``value`` to ``w``; on failure, ``w`` is left as it was."""
    t = type(w)
    if t is CompactProtocolWriter or t is BinaryProtocolWriter:
        buf = w._buf
        start = len(buf)
        try:
            if t is CompactProtocolWriter:
                value._write_compact(buf)
            else:
                value._write_binary(buf)
            return
        except Exception:  # noqa: BLE001 - the generic path below raises the precise error
            del buf[start:]
        # A struct's bytes do not depend on what precedes them: a scratch writer shows the
        # error without leaving half a struct in ``w``.
        scratch = t()
        value._write_generic(scratch)
        buf += scratch.payload()
        return
    value._write_generic(w)


def read_struct(cls: type[T], r: ProtocolReader) -> T:
    """Reads a struct of the generated class ``cls`` from ``r``."""
    t = type(r)
    c: Any = cls
    if t is CompactProtocolReader:
        fast = c._read_compact
    elif t is BinaryProtocolReader:
        fast = c._read_binary
    else:
        return c._read_generic(r)  # type: ignore[no-any-return]
    limits = r._limits
    if limits is not _DEFAULT_LIMITS and not _fast_limits(limits):
        return c._read_generic(r)  # type: ignore[no-any-return]
    depth = r._depth
    try:
        value, pos = fast(r._buf, r._pos, depth + 1, limits)
    except Exception:  # noqa: BLE001 - the checked reader raises the precise error, or copes
        return c._read_generic(r)  # type: ignore[no-any-return]
    r._pos = pos
    if depth == 0:
        r._structs_done += 1
    return value  # type: ignore[no-any-return]


def encode(value: Any, protocol: Protocol = _COMPACT) -> bytes:
    """Returns the bytes of the generated struct ``value`` in ``protocol``."""
    if protocol is _COMPACT:
        fast = value._write_compact
    elif protocol is _BINARY:
        fast = value._write_binary
    else:
        raise ValueError(f"unknown protocol {protocol!r}")
    buf = bytearray()
    try:
        fast(buf)
        return bytes(buf)
    except Exception:  # noqa: BLE001 - the generic path raises the precise error
        w = writer(protocol)
        value._write_generic(w)
        return w.getvalue()


def decode(cls: type[T], data: bytes | bytearray | memoryview, protocol: Protocol = _COMPACT,
           limits: Limits = _DEFAULT_LIMITS) -> T:
    """Decodes a struct of the generated class ``cls`` from ``data`` (trailing bytes are ignored).

    Raises ProtocolError for input that is not such a struct or breaks ``limits``.
    """
    buf = data if type(data) is bytes else bytes(data)
    if len(buf) > limits.max_message_size:
        raise ProtocolError(ProtocolErrorKind.SIZE_LIMIT, f"message of {len(buf)} bytes exceeds "
                            f"the limit of {limits.max_message_size}")
    c: Any = cls
    if protocol is _COMPACT:
        fast = c._read_compact
    elif protocol is _BINARY:
        fast = c._read_binary
    else:
        raise ValueError(f"unknown protocol {protocol!r}")
    if limits is _DEFAULT_LIMITS or _fast_limits(limits):
        try:
            return fast(buf, 0, 1, limits)[0]  # type: ignore[no-any-return]
        except Exception:  # noqa: BLE001 - the checked reader raises the precise error
            pass
    return c._read_generic(reader(protocol, buf, limits))  # type: ignore[no-any-return]
