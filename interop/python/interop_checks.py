"""Runs calls and records every one whose outcome differs from the contract."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable
from typing import Any, TypeVar

from parley import ApplicationError, TransportError

T = TypeVar("T")
E = TypeVar("E", bound=BaseException)

_MAX_TRANSPORT_FAILURES = 3
_MAX_SHOWN = 120


@dataclasses.dataclass(frozen=True)
class Mismatch:
    """One check that did not hold: the call, what the contract expects, what came back."""

    call: str
    expected: str
    actual: str

    def describe(self) -> str:
        """Three lines for the report."""
        return f"{self.call}\n    expected: {self.expected}\n    actual:   {self.actual}"


class GiveUp(Exception):
    """The connection keeps failing: waiting for every remaining call to fail would only take time."""


_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", '"': '\\"', "\\": "\\\\"}


def show(value: object) -> str:
    """Renders a value readably: strings escaped and abbreviated, maps sorted."""
    if isinstance(value, str):
        text = value if len(value) <= _MAX_SHOWN else value[:80] + "\u2026" + value[-20:]
        body = "".join(_ESCAPES.get(ch, f"\\u{ord(ch):04x}" if ord(ch) < 0x20 else ch)
                       for ch in text)
        return f'"{body}"' + (f" ({len(value)} chars)" if len(value) > _MAX_SHOWN else "")
    if isinstance(value, (bytes, bytearray)):
        head = " ".join(f"{b:02x}" for b in value[:16]) + (" \u2026" if len(value) > 16 else "")
        return f"{len(value)} bytes [{head}]"
    if isinstance(value, dict):
        try:
            items = sorted(value.items())
        except TypeError:
            return repr(value)
        return "{" + ", ".join(f"{show(k)}: {show(v)}" for k, v in items) + "}"
    if isinstance(value, float) and value == 0 and math.copysign(1, value) < 0:
        return "-0.0 (negative zero)"
    return repr(value)


def difference(expected: str, actual: str) -> str:
    """Where two strings first differ, to find the bad character in a long text."""
    i = 0
    while i < min(len(expected), len(actual)) and expected[i] == actual[i]:
        i += 1
    return f" (first difference at index {i} of {len(expected)} chars; got {len(actual)})"


def thrown(e: BaseException) -> str:
    """Describes an exception that came back instead of a value."""
    if isinstance(e, ApplicationError):
        return f"raised ApplicationError {e.type.name}: {e.message}"
    if isinstance(e, TransportError):
        return f"raised TransportError {e.kind.name}: {e}"
    return f"raised {type(e).__name__}: {e}"


def same_value(expected: object, actual: object) -> bool:
    """Equality that tells -0.0 from 0.0, takes NaN as NaN and True apart from 1: the wire must keep them."""
    if isinstance(expected, float) and isinstance(actual, float):
        if math.isnan(expected):
            return math.isnan(actual)
        return expected == actual and math.copysign(1, expected) == math.copysign(1, actual)
    if isinstance(expected, bool) or isinstance(actual, bool):
        return type(expected) is type(actual) and expected == actual
    return expected == actual


class Checks:
    """Collects mismatches so that one bad answer does not hide the others."""

    def __init__(self) -> None:
        self.checked = 0
        self.mismatches: list[Mismatch] = []
        self._transport_failures = 0

    def same(self, call: str, expected: T, actual: Callable[[], T]) -> None:
        """Checks that the call returns a value equal to ``expected``."""
        self.checked += 1
        try:
            value = actual()
        except Exception as e:  # noqa: BLE001 - every failure is a finding
            self._failed(call, show(expected), e)
            return
        self._transport_failures = 0
        if not same_value(expected, value):
            shown = show(value)
            if isinstance(expected, str) and isinstance(value, str):
                shown += difference(expected, value)
            self.fail(call, show(expected), shown)

    def matches(self, call: str, expected: str, actual: Callable[[], T],
                ok: Callable[[T], bool]) -> None:
        """Checks that the call returns a value ``ok`` accepts; ``expected`` describes such values."""
        self.checked += 1
        try:
            value = actual()
        except Exception as e:  # noqa: BLE001 - every failure is a finding
            self._failed(call, expected, e)
            return
        self._transport_failures = 0
        if not ok(value):
            self.fail(call, expected, show(value))

    def returns(self, call: str, actual: Callable[[], Any]) -> None:
        """Checks that the call returns normally."""
        self.matches(call, "returns", actual, lambda v: True)

    def raises(self, call: str, kind: type[E], expected: str, actual: Callable[[], Any],
               ok: Callable[[E], bool]) -> None:
        """Checks that the call raises a ``kind`` that ``ok`` accepts."""
        self.checked += 1
        try:
            value = actual()
        except kind as e:
            self._transport_failures = 0
            if not ok(e):
                self.fail(call, expected, thrown(e))
            return
        except Exception as e:  # noqa: BLE001 - every failure is a finding
            self._failed(call, expected, e)
            return
        self._transport_failures = 0
        self.fail(call, expected, f"returned {show(value)}")

    def fail(self, call: str, expected: str, actual: str) -> None:
        """Records a mismatch found without a call of its own (e.g. a timing)."""
        self.mismatches.append(Mismatch(call, expected, actual))

    def _failed(self, call: str, expected: str, e: Exception) -> None:
        self.fail(call, expected, thrown(e))
        if isinstance(e, TransportError):
            self._transport_failures += 1
            if self._transport_failures >= _MAX_TRANSPORT_FAILURES:
                raise GiveUp(f"{self._transport_failures} transport failures in a row, "
                             f"the last at {call}")
