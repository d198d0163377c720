"""The behaviour every conformance server implements, as the header of ThriftTest.thrift states it."""

from __future__ import annotations

import asyncio
import logging
import threading
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

from thrift_test import Insanity, Numberz, Xception, Xception2, Xtruct, Xtruct2

MAP_MAP = {-4: {-4: -4, -3: -3, -2: -2, -1: -1}, 4: {1: 1, 2: 2, 3: 3, 4: 4}}


class UndeclaredFailure(RuntimeError):
    """What testException("TException") raises: undeclared, so it becomes an application error."""


def keep_out_of_server_log() -> None:
    """Keeps the deliberate UndeclaredFailure out of the server log.

    The runtime logs every handler failure with its traceback; this one happens on every client
    run and would bury real problems.
    """
    def wanted(record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], UndeclaredFailure))

    logging.getLogger("parley.server").addFilter(wanted)


class ThriftTestHandler:
    """ThriftTest for the threaded server: echoes, fixed answers, declared and undeclared errors."""

    def __init__(self) -> None:
        # Set on shutdown, so that a sleeping testOneway does not hold the server up.
        self._stopping = threading.Event()

    def stop(self) -> None:
        """Wakes every sleeping testOneway; later ones return at once."""
        self._stopping.set()

    def testVoid(self) -> None:
        pass

    def testString(self, thing: str) -> str:
        return thing

    def testBool(self, thing: bool) -> bool:
        return thing

    def testByte(self, thing: int) -> int:
        return thing

    def testI32(self, thing: int) -> int:
        return thing

    def testI64(self, thing: int) -> int:
        return thing

    def testDouble(self, thing: float) -> float:
        return thing

    def testBinary(self, thing: bytes) -> bytes:
        return thing

    def testUuid(self, thing: uuid.UUID) -> uuid.UUID:
        return thing

    def testStruct(self, thing: Xtruct) -> Xtruct:
        return thing

    def testNest(self, thing: Xtruct2) -> Xtruct2:
        return thing

    def testMap(self, thing: dict[int, int]) -> dict[int, int]:
        return thing

    def testStringMap(self, thing: dict[str, str]) -> dict[str, str]:
        return thing

    def testSet(self, thing: set[int]) -> set[int]:
        return thing

    def testList(self, thing: list[int]) -> list[int]:
        return thing

    def testEnum(self, thing: Numberz) -> Numberz:
        return thing

    def testTypedef(self, thing: int) -> int:
        return thing

    def testMapMap(self, hello: int) -> dict[int, dict[int, int]]:
        return MAP_MAP

    def testInsanity(self, argument: Insanity) -> dict[int, dict[Numberz, Insanity]]:
        return {1: {Numberz.TWO: argument, Numberz.THREE: argument}, 2: {Numberz.SIX: Insanity()}}

    def testMulti(self, arg0: int, arg1: int, arg2: int, arg3: dict[int, str], arg4: Numberz,
                  arg5: int) -> Xtruct:
        return Xtruct(string_thing="Hello2", byte_thing=arg0, i32_thing=arg1, i64_thing=arg2)

    def testException(self, arg: str) -> None:
        if arg == "Xception":
            raise Xception(errorCode=1001, message=arg)
        if arg == "TException":
            # Undeclared: the server answers with an INTERNAL_ERROR application error.
            raise UndeclaredFailure("This is a TException")

    def testMultiException(self, arg0: str, arg1: str) -> Xtruct:
        if arg0 == "Xception":
            raise Xception(errorCode=1001, message="This is an Xception")
        if arg0 == "Xception2":
            raise Xception2(errorCode=2002, struct_thing=Xtruct(string_thing="This is an Xception2"))
        return Xtruct(string_thing=arg1)

    def testOneway(self, secondsToSleep: int) -> None:
        self._stopping.wait(secondsToSleep)


class AsyncThriftTestHandler:
    """ThriftTest for the asyncio server.

    Every method but testOneway answers at once, so it runs the threaded handler's code in the
    event loop; testOneway sleeps without blocking the loop.
    """

    def __init__(self, handler: ThriftTestHandler) -> None:
        self._handler = handler
        self._stopping = asyncio.Event()

    def stop(self) -> None:
        """Wakes every sleeping testOneway; later ones return at once."""
        self._stopping.set()
        self._handler.stop()

    def __getattr__(self, name: str) -> Callable[..., Awaitable[Any]]:
        method = getattr(self._handler, name)

        async def call(*args: Any) -> Any:
            return method(*args)

        return call

    async def testOneway(self, secondsToSleep: int) -> None:
        try:
            await asyncio.wait_for(self._stopping.wait(), secondsToSleep)
        except asyncio.TimeoutError:
            pass


class SecondServiceHandler:
    """The second service of a multiplexed conformance server."""

    def secondtestString(self, thing: str) -> str:
        return f'testString("{thing}")'


class AsyncSecondServiceHandler:
    """The second service of a multiplexed asyncio conformance server."""

    async def secondtestString(self, thing: str) -> str:
        return SecondServiceHandler().secondtestString(thing)
