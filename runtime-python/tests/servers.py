"""Servers for the RPC tests: Parley's own (sync, and asyncio on a background loop) and raw ones."""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from parley.aio import AsyncServer
from parley.rpc import Server


@contextmanager
def sync_server(*args: Any, **kwargs: Any) -> Iterator[Server]:
    server = Server(*args, **kwargs).start()
    try:
        yield server
    finally:
        server.shutdown(1.0)


class LoopThread:
    """An asyncio event loop running in a daemon thread, for blocking tests of async servers."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()

    def run(self, coro: Any, timeout: float = 30) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)
        self.loop.close()


@contextmanager
def async_server(*args: Any, **kwargs: Any) -> Iterator[AsyncServer]:
    """An AsyncServer on its own loop thread, so blocking sockets can talk to it."""
    loop = LoopThread()

    async def start() -> AsyncServer:
        return await AsyncServer(*args, **kwargs).start()

    server: AsyncServer = loop.run(start())
    try:
        yield server
    finally:
        loop.run(server.shutdown(1.0))
        loop.close()


@contextmanager
def raw_server(serve: Callable[[socket.socket], None]) -> Iterator[int]:
    """Accepts connections on a port and hands each socket to ``serve`` in its own thread."""
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                sock, _ = listener.accept()
            except OSError:
                return
            threading.Thread(target=_run, args=(serve, sock), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        stop.set()
        try:
            listener.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        listener.close()
        thread.join(5)


def _run(serve: Callable[[socket.socket], None], sock: socket.socket) -> None:
    with sock:
        try:
            serve(sock)
        except OSError:
            pass


def free_port() -> int:
    """A port nothing listens on (bound, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
