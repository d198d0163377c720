"""A small hand-written service, shaped like generated code, for the RPC tests.

    exception DivideByZero { 1: string why }
    service Calc {
      i32 add(1: i32 a, 2: i32 b)
      binary echo(1: binary data)
      i32 divide(1: i32 a, 2: i32 b) throws (1: DivideByZero err)
      void fail(1: string message)        // the handler raises RuntimeError(message)
      void sleep(1: double seconds)
      oneway void notify(1: string note)
    }
"""

from __future__ import annotations

import asyncio
import threading
import time
from operator import methodcaller
from collections.abc import Callable
from typing import Any

from parley.aio import AsyncServiceProcessor
from parley.errors import ApplicationError, ApplicationErrorType, DeclaredError
from parley.protocol import ProtocolReader, ProtocolWriter, TType
from parley.rpc import ServiceProcessor

Field = tuple[int, int, Any]
Call = tuple[str, Callable[[ProtocolWriter], None], Callable[[ProtocolReader], Any]]


def write_value(w: ProtocolWriter, ttype: int, v: Any) -> None:
    if ttype == TType.I32:
        w.write_i32(v)
    elif ttype == TType.DOUBLE:
        w.write_double(v)
    elif ttype == TType.STRING:
        w.write_string(v) if isinstance(v, str) else w.write_binary(v)
    else:
        raise AssertionError(f"no writer for {ttype}")


def write_struct(w: ProtocolWriter, fields: list[Field]) -> None:
    w.struct_begin()
    for fid, ttype, v in fields:
        if v is None:
            continue
        w.field_begin(ttype, fid)
        if ttype == TType.STRUCT:
            v.write(w)
        else:
            write_value(w, ttype, v)
    w.field_stop()
    w.struct_end()


def read_struct(r: ProtocolReader, schema: dict[int, tuple[int, Any]]) -> dict[int, Any]:
    """Reads the fields named in ``schema`` (id -> (type, decoder)), skipping every other."""
    out: dict[int, Any] = {}
    r.struct_begin()
    while True:
        ttype, fid = r.field_begin()
        if ttype == TType.STOP:
            break
        known = schema.get(fid)
        if known is None or known[0] != ttype:
            r.skip(ttype)
        else:
            out[fid] = known[1](r)
    r.struct_end()
    return out


class DivideByZero(DeclaredError):
    """The declared exception of ``divide``."""

    def __init__(self, why: str | None = None) -> None:
        super().__init__(why)
        self.why = why

    def write(self, w: ProtocolWriter) -> None:
        write_struct(w, [(1, TType.STRING, self.why)])

    @classmethod
    def read(cls, r: ProtocolReader) -> DivideByZero:
        return cls(read_struct(r, {1: STRING}).get(1))


# The readers are called on the instance: the base class's methods are abstract.
I32 = (TType.I32, methodcaller("read_i32"))
BINARY = (TType.STRING, methodcaller("read_binary"))
STRING = (TType.STRING, methodcaller("read_string"))
DOUBLE = (TType.DOUBLE, methodcaller("read_double"))
ERROR = (TType.STRUCT, DivideByZero.read)


def _args(fields: list[Field]) -> Callable[[ProtocolWriter], None]:
    return lambda w: write_struct(w, fields)


def _result(method: str, success: tuple[int, Any] | None) -> Callable[[ProtocolReader], Any]:
    def read(r: ProtocolReader) -> Any:
        got = read_struct(r, {0: success, 1: ERROR} if success else {1: ERROR})
        if 1 in got:
            raise got[1]
        if success is None:
            return None
        if 0 not in got:
            raise ApplicationError(ApplicationErrorType.MISSING_RESULT, f"{method} failed: unknown result")
        return got[0]
    return read


class calls:
    """What a generated client sends: (method, argument writer, result reader) per method."""

    @staticmethod
    def add(a: int, b: int) -> Call:
        return "add", _args([(1, TType.I32, a), (2, TType.I32, b)]), _result("add", I32)

    @staticmethod
    def echo(data: bytes) -> Call:
        return "echo", _args([(1, TType.STRING, data)]), _result("echo", BINARY)

    @staticmethod
    def divide(a: int, b: int) -> Call:
        return "divide", _args([(1, TType.I32, a), (2, TType.I32, b)]), _result("divide", I32)

    @staticmethod
    def fail(message: str) -> Call:
        return "fail", _args([(1, TType.STRING, message)]), _result("fail", None)

    @staticmethod
    def sleep(seconds: float) -> Call:
        return "sleep", _args([(1, TType.DOUBLE, seconds)]), _result("sleep", None)

    @staticmethod
    def notify(note: str) -> tuple[str, Callable[[ProtocolWriter], None]]:
        return "notify", _args([(1, TType.STRING, note)])


class Calc:
    """The service's implementation; ``notes`` collects oneway notifications."""

    def __init__(self) -> None:
        self.notes: list[str] = []
        self.noted = threading.Event()

    def add(self, a: int, b: int) -> int:
        return a + b

    def echo(self, data: bytes) -> bytes:
        return data

    def divide(self, a: int, b: int) -> int:
        if b == 0:
            raise DivideByZero(f"cannot divide {a} by zero")
        return a // b

    def fail(self, message: str) -> None:
        raise RuntimeError(message)

    def notify(self, note: str) -> None:
        self.notes.append(note)
        self.noted.set()


def _reply(fields: list[Field]) -> Callable[[ProtocolWriter], None]:
    return lambda w: write_struct(w, fields)


def _divide(impl: Calc, args: dict[int, Any]) -> Callable[[ProtocolWriter], None]:
    try:
        return _reply([(0, TType.I32, impl.divide(args[1], args[2]))])
    except DivideByZero as e:
        return _reply([(1, TType.STRUCT, e)])


def sync_processor(impl: Calc, name: str = "Calc") -> ServiceProcessor:
    def sleep(r: ProtocolReader) -> Callable[[ProtocolWriter], None]:
        time.sleep(read_struct(r, {1: DOUBLE})[1])
        return _reply([])

    def fail(r: ProtocolReader) -> Callable[[ProtocolWriter], None]:
        impl.fail(read_struct(r, {1: STRING})[1])
        return _reply([])

    return (ServiceProcessor(name)
            .method("add", lambda r: _reply([(0, TType.I32, impl.add(*_pair(r)))]))
            .method("echo", lambda r: _reply([(0, TType.STRING, impl.echo(read_struct(r, {1: BINARY})[1]))]))
            .method("divide", lambda r: _divide(impl, read_struct(r, {1: I32, 2: I32})))
            .method("fail", fail)
            .method("sleep", sleep)
            .oneway("notify", lambda r: impl.notify(read_struct(r, {1: STRING})[1])))


def _pair(r: ProtocolReader) -> tuple[int, int]:
    args = read_struct(r, {1: I32, 2: I32})
    return args[1], args[2]


def async_processor(impl: Calc, name: str = "Calc") -> AsyncServiceProcessor:
    async def add(r: ProtocolReader) -> Callable[[ProtocolWriter], None]:
        return _reply([(0, TType.I32, impl.add(*_pair(r)))])

    async def echo(r: ProtocolReader) -> Callable[[ProtocolWriter], None]:
        return _reply([(0, TType.STRING, impl.echo(read_struct(r, {1: BINARY})[1]))])

    async def divide(r: ProtocolReader) -> Callable[[ProtocolWriter], None]:
        return _divide(impl, read_struct(r, {1: I32, 2: I32}))

    async def fail(r: ProtocolReader) -> Callable[[ProtocolWriter], None]:
        impl.fail(read_struct(r, {1: STRING})[1])
        return _reply([])

    async def sleep(r: ProtocolReader) -> Callable[[ProtocolWriter], None]:
        await asyncio.sleep(read_struct(r, {1: DOUBLE})[1])
        return _reply([])

    async def notify(r: ProtocolReader) -> None:
        impl.notify(read_struct(r, {1: STRING})[1])

    return (AsyncServiceProcessor(name).method("add", add).method("echo", echo)
            .method("divide", divide).method("fail", fail).method("sleep", sleep)
            .oneway("notify", notify))
