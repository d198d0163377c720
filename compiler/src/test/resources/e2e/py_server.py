"""Serves Calculator with the generated Python bindings; prints the port, serves until stdin closes.

Usage: py_server.py binary|compact framed|buffered sync|async [multiplexed]
"""
from __future__ import annotations

import asyncio
import sys
import threading

import calculator
from parley import Framing, Protocol
from parley.aio import AsyncServer
from parley.rpc import Server


class Handler:
    """The same behaviour as the Java handler of the end-to-end tests."""

    def version(self) -> str:
        return "1.0"

    def calculate(self, work: calculator.Work) -> int:
        if work.op == calculator.Op.DIVIDE:
            if work.right == 0:
                raise calculator.InvalidOperation(op=work.op, why="divide by zero")
            return work.left // work.right
        return work.left + work.right

    def fail(self, message: str) -> None:
        raise RuntimeError(message)

    def log(self, message: str) -> None:
        pass

    def echo(self, words: list[str]) -> list[str]:
        return words


class AsyncHandler:
    """The asyncio flavour of Handler."""

    def __init__(self) -> None:
        self._sync = Handler()

    async def version(self) -> str:
        return self._sync.version()

    async def calculate(self, work: calculator.Work) -> int:
        return self._sync.calculate(work)

    async def fail(self, message: str) -> None:
        self._sync.fail(message)

    async def log(self, message: str) -> None:
        await asyncio.sleep(0)

    async def echo(self, words: list[str]) -> list[str]:
        return words


def main() -> None:
    protocol = Protocol[sys.argv[1].upper()]
    framing = Framing[sys.argv[2].upper()]
    mode = sys.argv[3]
    multiplexed = len(sys.argv) > 4
    if mode == "sync":
        processor = calculator.calculator_processor(Handler())
        server = (Server(None, multiplexed=[processor], protocol=protocol, framing=framing) if multiplexed
                  else Server(processor, protocol=protocol, framing=framing))
        server.start()
        print(server.port, flush=True)
        sys.stdin.read()
        server.shutdown(2.0)
    else:
        async def serve() -> None:
            processor = calculator.calculator_async_processor(AsyncHandler())
            server = (AsyncServer(None, multiplexed=[processor], protocol=protocol, framing=framing) if multiplexed
                      else AsyncServer(processor, protocol=protocol, framing=framing))
            await server.start()
            print(server.port, flush=True)
            await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
            await server.shutdown(2.0)
        asyncio.run(serve())


if __name__ == "__main__":
    main()
