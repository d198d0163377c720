"""Bounds on what a peer can make this side allocate or recurse into."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .values import value_class

if TYPE_CHECKING:
    from dataclasses import dataclass as _dataclass
else:
    # A dataclass all the same, made without importing dataclasses: see parley.values.
    _dataclass = value_class

__all__ = ["Limits"]


@_dataclass(frozen=True, init=False, repr=False, eq=False)
class Limits:
    """Bounds checked against every length, size and depth read from the wire, before allocating.

    The defaults follow Apache Thrift's TConfiguration: 16,384,000-byte frames, 100 MiB messages,
    strings and containers of at most 16,384,000 bytes or elements, and nesting 64 deep.
    ``max_depth`` counts structs, and also containers while skipping unknown values.
    """

    max_frame_size: int = 16_384_000
    max_message_size: int = 100 * 1024 * 1024
    max_string_length: int = 16_384_000
    max_container_size: int = 16_384_000
    max_depth: int = 64

    def __init__(self, max_frame_size: int = 16_384_000, max_message_size: int = 100 * 1024 * 1024,
                 max_string_length: int = 16_384_000, max_container_size: int = 16_384_000,
                 max_depth: int = 64) -> None:
        values = (max_frame_size, max_message_size, max_string_length, max_container_size, max_depth)
        if max_frame_size <= 0 or max_message_size <= 0 or max_depth <= 0:
            raise ValueError(f"limits must be positive: {_describe(values)}")
        if max_string_length < 0 or max_container_size < 0:
            raise ValueError(f"limits must not be negative: {_describe(values)}")
        for name, value in zip(_NAMES, values):
            object.__setattr__(self, name, value)

    def _values(self) -> tuple[int, ...]:
        return tuple(getattr(self, name) for name in _NAMES)

    def __repr__(self) -> str:
        return _describe(self._values())

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Limits) or other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())


_NAMES = ("max_frame_size", "max_message_size", "max_string_length", "max_container_size", "max_depth")


def _describe(values: tuple[int, ...]) -> str:
    return "Limits(" + ", ".join(f"{name}={value!r}" for name, value in zip(_NAMES, values)) + ")"
