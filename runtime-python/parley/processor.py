"""Tables of a service's methods, and the routing of incoming names to them."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from .protocol import ProtocolReader, ProtocolWriter

__all__ = [
    "ResultWriter", "Handler", "OnewayHandler", "AsyncHandler", "AsyncOnewayHandler",
    "SyncEntry", "AsyncEntry", "Method", "MethodTable", "ServiceProcessor", "Router",
]

ResultWriter = Callable[[ProtocolWriter], None]
"""Writes a method's result struct (the reply's body)."""
Handler = Callable[[ProtocolReader], ResultWriter]
"""Reads a call's arguments, runs the user's code, and returns what writes the result."""
OnewayHandler = Callable[[ProtocolReader], None]
"""Reads a oneway call's arguments and runs the user's code; nothing is sent back."""
AsyncHandler = Callable[[ProtocolReader], Awaitable[ResultWriter]]
AsyncOnewayHandler = Callable[[ProtocolReader], Awaitable[None]]
SyncEntry = Callable[[ProtocolReader], "ResultWriter | None"]
"""What a ServiceProcessor holds per method: a Handler or a OnewayHandler."""
AsyncEntry = Callable[[ProtocolReader], Awaitable["ResultWriter | None"]]
"""What an AsyncServiceProcessor holds per method."""

H = TypeVar("H")
T = TypeVar("T", bound="MethodTable[Any]")


@dataclass(frozen=True)
class Method(Generic[H]):
    """One method a processor serves: its name, its handler, and whether it is oneway."""

    name: str
    handler: H
    oneway: bool


class MethodTable(Generic[H]):
    """The methods of one service, by name; a service that extends another inherits its table."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._methods: dict[str, Method[H]] = {}

    def _add(self, name: str, handler: H, oneway: bool) -> None:
        if name in self._methods:
            raise ValueError(f"method {name!r} is already registered in {self.name!r}")
        self._methods[name] = Method(name, handler, oneway)

    def inherit(self: T, base: T) -> T:
        """Adds the methods of ``base`` (an extended service) that this one does not define."""
        for name, method in base._methods.items():
            self._methods.setdefault(name, method)
        return self

    def lookup(self, method: str) -> Method[H] | None:
        """The method named ``method``, or None."""
        return self._methods.get(method)

    def methods(self) -> list[str]:
        """The names of all methods, sorted."""
        return sorted(self._methods)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.name!r}, {self.methods()})"


class ServiceProcessor(MethodTable[SyncEntry]):
    """The methods of one service for the threaded Server; generated code fills it."""

    def method(self, name: str, handler: Handler) -> ServiceProcessor:
        """Registers a method that replies; returns this processor for chaining."""
        self._add(name, handler, False)
        return self

    def oneway(self, name: str, handler: OnewayHandler) -> ServiceProcessor:
        """Registers a oneway method, which never replies; returns this processor."""
        self._add(name, handler, True)
        return self


class Router(Generic[H]):
    """Finds the method for an incoming name: plain in the default service, or ``Service:method``."""

    def __init__(self, default: MethodTable[H] | None, multiplexed: Iterable[MethodTable[H]]) -> None:
        self._default = default
        self._services: dict[str, MethodTable[H]] = {}
        for service in multiplexed:
            if service.name in self._services:
                raise ValueError(f"service {service.name!r} is multiplexed twice")
            self._services[service.name] = service
        if default is not None:
            self._services.setdefault(default.name, default)
        if default is None and not self._services:
            raise ValueError("a server needs a processor or multiplexed processors")

    def route(self, name: str) -> tuple[Method[H] | None, str, str]:
        """Returns (method or None, the plain method name, why nothing was found)."""
        service_name, colon, plain = name.partition(":")
        if not colon:
            plain = name
            service = self._default
            if service is None:
                return None, plain, f"Invalid method name: '{plain}' (the server is multiplexed)"
        else:
            found = self._services.get(service_name)
            if found is None:
                return None, plain, f"Unknown service '{service_name}'"
            service = found
        method = service.lookup(plain)
        return method, plain, "" if method else f"Invalid method name: '{plain}'"
