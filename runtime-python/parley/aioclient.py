"""An asyncio client that calls a Thrift service over one connection."""

from __future__ import annotations

import asyncio
import socket
import ssl
from collections.abc import Callable
from types import TracebackType
from typing import TypeVar

from .aioconn import AsyncConnection
from .errors import (ApplicationError, ApplicationErrorType, ProtocolError, TransportError,
                     TransportErrorKind)
from .protocol import Framing, Limits, MessageType, Protocol, ProtocolReader, ProtocolWriter

__all__ = ["AsyncClient"]

T = TypeVar("T")
_DEFAULT_LIMITS = Limits()


class AsyncClient:
    """Calls a service over one asyncio connection; the AsyncChannel generated clients use.

    The connection opens on ``connect()``, on entering ``async with``, or on the first call.
    Calls on one client take turns (an asyncio.Lock is held for each whole call); use several
    clients for parallel calls. After a transport or protocol failure, or a timeout, the
    connection is closed for good and later calls raise TransportError NOT_OPEN.
    """

    def __init__(self, host: str, port: int, *, protocol: Protocol = Protocol.BINARY,
                 framing: Framing = Framing.BUFFERED, service: str | None = None,
                 connect_timeout: float | None = 10, call_timeout: float | None = None,
                 limits: Limits = _DEFAULT_LIMITS, ssl_context: ssl.SSLContext | None = None,
                 server_hostname: str | None = None) -> None:
        self._host = host
        self._port = port
        self._protocol = protocol
        self._framing = framing
        self._prefix = f"{service}:" if service else ""
        self._connect_timeout = connect_timeout
        self._call_timeout = call_timeout
        self._limits = limits
        self._ssl = ssl_context
        self._server_hostname = server_hostname
        self._lock = asyncio.Lock()
        self._conn: AsyncConnection | None = None
        self._closed = False
        self._seqid = 0

    async def __aenter__(self) -> AsyncClient:
        return await self.connect()

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                        tb: TracebackType | None) -> None:
        await self.close()

    async def connect(self) -> AsyncClient:
        """Opens the connection if it is not open yet."""
        async with self._lock:
            await self._open()
        return self

    async def _open(self) -> AsyncConnection:
        if self._conn is not None:
            return self._conn
        where = f"{self._host}:{self._port}"
        if self._closed:
            raise TransportError(TransportErrorKind.NOT_OPEN, f"connection to {where} is closed")
        try:
            rs, ws = await asyncio.wait_for(asyncio.open_connection(
                self._host, self._port, ssl=self._ssl,
                server_hostname=(self._server_hostname or self._host) if self._ssl else None),
                self._connect_timeout)
        except ConnectionRefusedError:
            raise TransportError(TransportErrorKind.REFUSED, f"connection to {where} refused") \
                from None
        except asyncio.TimeoutError:
            raise TransportError(TransportErrorKind.TIMED_OUT, f"connecting to {where} timed out") \
                from None
        except ssl.SSLError as e:
            raise TransportError(TransportErrorKind.REFUSED, f"TLS handshake with {where} failed: "
                                 f"{e}") from e
        except OSError as e:
            raise TransportError(TransportErrorKind.UNKNOWN, f"cannot connect to {where}: {e}") \
                from e
        sock = ws.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._conn = AsyncConnection(rs, ws, self._protocol, self._framing, self._limits)
        return self._conn

    async def close(self) -> None:
        """Closes the connection; safe to call more than once."""
        self._closed = True
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()
            await conn.wait_closed()

    def _drop(self) -> None:
        self._closed = True
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()

    def _next_seqid(self) -> int:
        self._seqid = self._seqid + 1 if self._seqid < 0x7FFFFFFF else 1
        return self._seqid

    async def call(self, method: str, write_args: Callable[[ProtocolWriter], None],
                   read_result: Callable[[ProtocolReader], T]) -> T:
        """Sends a call and returns what ``read_result`` decodes from the reply.

        Raises ApplicationError for an EXCEPTION reply, TransportError (TIMED_OUT after
        ``call_timeout``) or ProtocolError when the connection fails.
        """
        async with self._lock:
            conn = await self._open()
            seqid = self._next_seqid()
            w = conn.start_message()
            w.message_begin(self._prefix + method, MessageType.CALL, seqid)
            write_args(w)
            try:
                return await asyncio.wait_for(self._exchange(conn, method, seqid, read_result),
                                              self._call_timeout)
            except asyncio.TimeoutError:
                self._drop()
                raise TransportError(TransportErrorKind.TIMED_OUT, f"'{method}' timed out after "
                                     f"{self._call_timeout} s") from None
            except (TransportError, ProtocolError, asyncio.CancelledError):
                self._drop()  # the stream is out of step with the calls
                raise

    async def _exchange(self, conn: AsyncConnection, method: str, seqid: int,
                        read_result: Callable[[ProtocolReader], T]) -> T:
        await conn.send()
        r = await conn.receive()
        if r is None:
            raise TransportError(TransportErrorKind.CLOSED,
                                 f"the server closed the connection during '{method}'")
        name, mtype, rseqid = r.message_begin()
        if rseqid != seqid:
            self._drop()
            raise ApplicationError(ApplicationErrorType.BAD_SEQUENCE_ID,
                                   f"'{method}' got a reply to call {rseqid}, expected {seqid}")
        if mtype == MessageType.EXCEPTION:
            raise ApplicationError.read(r)
        if mtype != MessageType.REPLY:
            self._drop()
            raise ApplicationError(ApplicationErrorType.INVALID_MESSAGE_TYPE,
                                   f"'{method}' got a message of type {mtype} as its reply")
        if name != method and name != self._prefix + method:
            self._drop()
            raise ApplicationError(ApplicationErrorType.WRONG_METHOD_NAME,
                                   f"'{method}' got a reply for '{name}'")
        return read_result(r)

    async def send(self, method: str, write_args: Callable[[ProtocolWriter], None]) -> None:
        """Sends a oneway call; returns once it is written, without waiting for the server."""
        async with self._lock:
            conn = await self._open()
            w = conn.start_message()
            w.message_begin(self._prefix + method, MessageType.ONEWAY, self._next_seqid())
            write_args(w)
            try:
                await asyncio.wait_for(conn.send(), self._call_timeout)
            except asyncio.TimeoutError:
                self._drop()
                raise TransportError(TransportErrorKind.TIMED_OUT, f"sending '{method}' timed out") \
                    from None
            except (TransportError, asyncio.CancelledError):
                self._drop()
                raise
