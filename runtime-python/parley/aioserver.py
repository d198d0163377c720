"""An asyncio server: every connection is a task, every call awaits its handler."""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Sequence
from types import TracebackType

from .aioconn import AsyncConnection, MalformedMessage
from .dispatch import classify, log, write_error
from .errors import ApplicationErrorType, ProtocolError, TransportError, TransportErrorKind
from .processor import (AsyncEntry, AsyncHandler, AsyncOnewayHandler, MethodTable, ResultWriter,
                        Router)
from .protocol import Framing, Limits, MessageType, Protocol, ProtocolReader, TType

__all__ = ["AsyncServiceProcessor", "AsyncServer"]

_DEFAULT_LIMITS = Limits()


class AsyncServiceProcessor(MethodTable[AsyncEntry]):
    """The methods of one service for the AsyncServer; handlers are coroutine functions."""

    def method(self, name: str, handler: AsyncHandler) -> AsyncServiceProcessor:
        """Registers a method that replies; returns this processor for chaining."""
        self._add(name, handler, False)
        return self

    def oneway(self, name: str, handler: AsyncOnewayHandler) -> AsyncServiceProcessor:
        """Registers a oneway method, which never replies; returns this processor."""
        self._add(name, handler, True)
        return self


async def _reply_error(conn: AsyncConnection, name: str, seqid: int,
                       type: ApplicationErrorType, message: str) -> None:  # noqa: A002
    write_error(conn.start_message(), name, seqid, type, message)
    await conn.send()


async def _handle_call(router: Router[AsyncEntry], conn: AsyncConnection, r: ProtocolReader) -> bool:
    """Answers the message in ``r``; returns whether the connection can carry another."""
    name, mtype, seqid = r.message_begin()
    if mtype != MessageType.CALL and mtype != MessageType.ONEWAY:
        await _reply_error(conn, name, seqid, ApplicationErrorType.INVALID_MESSAGE_TYPE,
                           f"Invalid message type {mtype} for '{name}'")
        return False
    method, plain, missing = router.route(name)
    if method is None:
        r.skip(TType.STRUCT)
        if mtype == MessageType.CALL:
            await _reply_error(conn, plain, seqid, ApplicationErrorType.UNKNOWN_METHOD, missing)
        return True
    silent = mtype == MessageType.ONEWAY or method.oneway
    try:
        result: ResultWriter | None = await method.handler(r)
    except Exception as e:  # noqa: BLE001 - every failure of user code becomes a reply
        # Each message arrived whole, so the next one starts where this one ends.
        failure = classify(e, r, name, True, conn.peer)
        if not silent:
            await _reply_error(conn, plain, seqid, failure.type, failure.message)
        return failure.keep
    if silent:
        return True
    w = conn.start_message()
    try:
        if result is None:
            raise RuntimeError(f"Internal error processing {plain}")
        w.message_begin(plain, MessageType.REPLY, seqid)
        result(w)
    except Exception as e:  # noqa: BLE001
        log.error("writing the result of %r failed", name, exc_info=e)
        await _reply_error(conn, plain, seqid, ApplicationErrorType.INTERNAL_ERROR,
                           str(e) or f"Internal error processing {plain}")
        return True
    await conn.send()
    return True


class AsyncServer:
    """Serves one processor, or several multiplexed ones, on a TCP port with asyncio.

    Calls on one connection run one after another; connections run concurrently, up to
    ``max_connections`` (more are closed at once). A connection idle, or slow to send a
    message, for ``read_timeout`` seconds is closed. A malformed message closes its own
    connection only. ``shutdown(grace)`` stops accepting, closes idle connections and lets calls
    in progress finish for up to ``grace`` seconds.
    """

    def __init__(self, processor: AsyncServiceProcessor | None = None, *, host: str = "127.0.0.1",
                 port: int = 0, protocol: Protocol = Protocol.BINARY,
                 framing: Framing = Framing.BUFFERED,
                 multiplexed: Sequence[AsyncServiceProcessor] = (), max_connections: int = 1024,
                 read_timeout: float | None = 60.0, limits: Limits = _DEFAULT_LIMITS,
                 ssl_context: ssl.SSLContext | None = None) -> None:
        self._router: Router[AsyncEntry] = Router(processor, multiplexed)
        self._host = host
        self._requested_port = port
        self._protocol = protocol
        self._framing = framing
        self._max_connections = max_connections
        self._read_timeout = read_timeout
        self._limits = limits
        self._ssl = ssl_context
        self._server: asyncio.base_events.Server | None = None
        # Each connection's task, its connection, and whether a call on it is in progress.
        self._tasks: dict[asyncio.Task[None], tuple[AsyncConnection, bool]] = {}
        self._stopping = False
        self._stopped: asyncio.Event | None = None

    @property
    def port(self) -> int:
        """The port the server listens on (the one chosen by the system for port 0)."""
        if self._server is None:
            raise RuntimeError("the server is not started")
        return int(self._server.sockets[0].getsockname()[1])

    async def start(self) -> AsyncServer:
        """Starts listening; returns once the socket listens."""
        if self._server is not None:
            raise RuntimeError("the server is already started")
        self._stopped = asyncio.Event()
        self._server = await asyncio.start_server(self._serve, self._host, self._requested_port,
                                                  ssl=self._ssl, backlog=128)
        return self

    async def serve_forever(self) -> None:
        """Starts the server if needed and waits until ``shutdown``."""
        if self._server is None:
            await self.start()
        assert self._stopped is not None
        await self._stopped.wait()

    async def __aenter__(self) -> AsyncServer:
        return await self.start()

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                        tb: TracebackType | None) -> None:
        await self.shutdown(1.0)

    async def _serve(self, rs: asyncio.StreamReader, ws: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        conn = AsyncConnection(rs, ws, self._protocol, self._framing, self._limits)
        peer = conn.peer
        if self._stopping or len(self._tasks) >= self._max_connections:
            log.warning("refusing %s: %d connections are open", peer, len(self._tasks))
            conn.close()
            return
        self._tasks[task] = (conn, False)
        try:
            await self._calls(conn, task)
        except asyncio.CancelledError:
            # Only shutdown cancels, after the grace period; the task ends here, quietly.
            log.warning("cancelled a call from %s still running after the grace period", peer)
        except TransportError as e:
            log.debug("connection from %s ended: %s", peer, e)
        except MalformedMessage as e:
            log.warning("closing the connection from %s: %s", peer, e)
            if e.mtype == MessageType.CALL:
                try:
                    await _reply_error(conn, e.name, e.seqid, ApplicationErrorType.PROTOCOL_ERROR,
                                       e.message)
                except TransportError:
                    pass
        except ProtocolError as e:
            log.warning("closing the connection from %s: %s", peer, e)
        except (OSError, ssl.SSLError) as e:
            log.info("connection from %s failed: %s", peer, e)
        except Exception:  # noqa: BLE001 - a bug here must not pass silently
            log.exception("serving %s failed", peer)
        finally:
            del self._tasks[task]
            conn.close()

    async def _calls(self, conn: AsyncConnection, task: asyncio.Task[None]) -> None:
        while not self._stopping:
            try:
                r = await asyncio.wait_for(conn.receive(), self._read_timeout)
            except asyncio.TimeoutError:
                raise TransportError(TransportErrorKind.TIMED_OUT, "idle for too long") from None
            if r is None or self._stopping:
                return
            self._tasks[task] = (conn, True)
            keep = await _handle_call(self._router, conn, r)
            self._tasks[task] = (conn, False)
            if not keep:
                return

    async def shutdown(self, grace: float = 5.0) -> None:
        """Stops accepting, closes idle connections, waits up to ``grace`` s for calls in progress."""
        if self._stopping:
            return
        self._stopping = True
        if self._server is not None:
            self._server.close()
        for conn, busy in list(self._tasks.values()):
            if not busy:
                conn.close()  # its task sees the end of the stream and finishes
        pending = list(self._tasks)
        if pending:
            _, late = await asyncio.wait(pending, timeout=grace)
            for task in late:
                task.cancel()
            if late:
                await asyncio.wait(late, timeout=1.0)
        if self._server is not None:
            try:
                await asyncio.wait_for(self._server.wait_closed(), 1.0)
            except asyncio.TimeoutError:
                pass
        if self._stopped is not None:
            self._stopped.set()
