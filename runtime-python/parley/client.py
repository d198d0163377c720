"""A blocking client that calls a Thrift service over one socket."""

from __future__ import annotations

import socket
import ssl
import threading
import time
from collections.abc import Callable
from types import TracebackType
from typing import TypeVar

from .connection import Connection
from .errors import (ApplicationError, ApplicationErrorType, ProtocolError, TransportError,
                     TransportErrorKind)
from .protocol import Framing, Limits, MessageType, Protocol, ProtocolReader, ProtocolWriter

__all__ = ["Client", "connect_socket"]

T = TypeVar("T")
_DEFAULT_LIMITS = Limits()


def connect_socket(host: str, port: int, timeout: float | None, ssl_context: ssl.SSLContext | None,
                   server_hostname: str | None) -> socket.socket:
    """Opens a TCP (optionally TLS) connection, mapping failures to TransportErrors."""
    where = f"{host}:{port}"
    try:
        sock = socket.create_connection((host, port), timeout=timeout)
    except ConnectionRefusedError:
        raise TransportError(TransportErrorKind.REFUSED, f"connection to {where} refused") from None
    except TimeoutError:
        raise TransportError(TransportErrorKind.TIMED_OUT, f"connecting to {where} timed out") \
            from None
    except OSError as e:
        raise TransportError(TransportErrorKind.UNKNOWN, f"cannot connect to {where}: {e}") from e
    try:
        # Calls are small request-response exchanges: never wait to coalesce them.
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if ssl_context is not None:
            sock = ssl_context.wrap_socket(sock, server_hostname=server_hostname or host)
    except TimeoutError:
        sock.close()
        raise TransportError(TransportErrorKind.TIMED_OUT, f"TLS handshake with {where} timed out") \
            from None
    except OSError as e:
        sock.close()
        raise TransportError(TransportErrorKind.REFUSED, f"TLS handshake with {where} failed: {e}") \
            from e
    return sock


class Client:
    """Calls a service over one connection; the Channel that generated clients use.

    Thread-safe: a lock is held for each whole call (send and receive), so threads sharing a
    client take turns; use one client per thread for parallel calls. The connection opens in the
    constructor (TransportError REFUSED or TIMED_OUT when it cannot) and closes for good after
    any transport or protocol failure, since the stream can no longer be trusted; later calls
    raise TransportError NOT_OPEN. ``call_timeout`` bounds each whole call.
    """

    def __init__(self, host: str, port: int, *, protocol: Protocol = Protocol.BINARY,
                 framing: Framing = Framing.BUFFERED, service: str | None = None,
                 connect_timeout: float | None = 10, call_timeout: float | None = None,
                 limits: Limits = _DEFAULT_LIMITS, ssl_context: ssl.SSLContext | None = None,
                 server_hostname: str | None = None) -> None:
        self._prefix = f"{service}:" if service else ""
        self._call_timeout = call_timeout
        self._lock = threading.Lock()
        self._seqid = 0
        sock = connect_socket(host, port, connect_timeout, ssl_context, server_hostname)
        self._conn: Connection | None = Connection(sock, protocol, framing, limits, None)
        self._where = f"{host}:{port}"

    def __enter__(self) -> Client:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Closes the connection; safe to call more than once."""
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()

    @property
    def is_open(self) -> bool:
        """Whether the connection can still carry calls."""
        return self._conn is not None

    def _open(self) -> Connection:
        if self._conn is None:
            raise TransportError(TransportErrorKind.NOT_OPEN, f"connection to {self._where} is closed")
        return self._conn

    def _next_seqid(self) -> int:
        self._seqid = self._seqid + 1 if self._seqid < 0x7FFFFFFF else 1
        return self._seqid

    def _start(self, conn: Connection, method: str, mtype: int,
               write_args: Callable[[ProtocolWriter], None]) -> int:
        seqid = self._next_seqid()
        w = conn.start_message()
        w.message_begin(self._prefix + method, mtype, seqid)
        write_args(w)  # fails before anything is sent, so the connection stays usable
        timeout = self._call_timeout
        conn.stream.deadline = None if timeout is None else time.monotonic() + timeout
        return seqid

    def call(self, method: str, write_args: Callable[[ProtocolWriter], None],
             read_result: Callable[[ProtocolReader], T]) -> T:
        """Sends a call and returns what ``read_result`` decodes from the reply.

        Raises ApplicationError for an EXCEPTION reply, and TransportError or ProtocolError when
        the connection fails; declared exceptions are raised by ``read_result``.
        """
        with self._lock:
            conn = self._open()
            seqid = self._start(conn, method, MessageType.CALL, write_args)
            try:
                conn.send()
                r = conn.receive()
                if r is None:
                    raise TransportError(TransportErrorKind.CLOSED,
                                         f"{self._where} closed the connection during '{method}'")
                name, mtype, rseqid = r.message_begin()
                self._check_reply(method, name, mtype, seqid, rseqid)
                if mtype == MessageType.EXCEPTION:
                    raise ApplicationError.read(r)
                return read_result(r)
            except (TransportError, ProtocolError):
                self.close()
                raise
            except ApplicationError as e:
                if e.type in (ApplicationErrorType.BAD_SEQUENCE_ID,
                              ApplicationErrorType.WRONG_METHOD_NAME,
                              ApplicationErrorType.INVALID_MESSAGE_TYPE):
                    self.close()
                raise

    def _check_reply(self, method: str, name: str, mtype: int, seqid: int, rseqid: int) -> None:
        if rseqid != seqid:
            raise ApplicationError(ApplicationErrorType.BAD_SEQUENCE_ID,
                                   f"'{method}' got a reply to call {rseqid}, expected {seqid}")
        if mtype != MessageType.REPLY and mtype != MessageType.EXCEPTION:
            raise ApplicationError(ApplicationErrorType.INVALID_MESSAGE_TYPE,
                                   f"'{method}' got a message of type {mtype} as its reply")
        # A multiplexing server may answer with the plain or the qualified name.
        if name != method and name != self._prefix + method:
            raise ApplicationError(ApplicationErrorType.WRONG_METHOD_NAME,
                                   f"'{method}' got a reply for '{name}'")

    def send(self, method: str, write_args: Callable[[ProtocolWriter], None]) -> None:
        """Sends a oneway call; returns once it is written, without waiting for the server."""
        with self._lock:
            conn = self._open()
            self._start(conn, method, MessageType.ONEWAY, write_args)
            try:
                conn.send()
            except TransportError:
                self.close()
                raise
