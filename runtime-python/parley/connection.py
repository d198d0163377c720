"""Whole messages over a blocking socket, framed or unframed, with deadlines."""

from __future__ import annotations

import socket
import struct
import time

from .errors import ProtocolError, ProtocolErrorKind, TransportError, TransportErrorKind
from .protocol import Framing, Limits, Protocol, ProtocolReader, ProtocolWriter, reader, \
    stream_reader, writer

__all__ = ["SocketStream", "Connection"]

_FRAME = struct.Struct("!i")
_MAX_CHUNK = 1024 * 1024
# A frame's first read asks for this much: the header and, for most replies, the whole body in one
# system call instead of two. Bytes past the frame are kept for the next read.
_FIRST_READ = 64 * 1024
# How far a socket timeout may lag the deadline before it is set again. poll() waits in whole
# milliseconds, so a smaller difference changes nothing; setting it costs a system call.
_SLACK = 0.001


class SocketStream:
    """Reads and writes a socket, turning its failures into TransportErrors.

    ``deadline`` (a ``time.monotonic()`` value), when set, bounds every operation until it is
    cleared, to within a millisecond (never early); otherwise the socket's own timeout applies.
    """

    __slots__ = ("sock", "deadline", "_timeout", "_armed", "_pending")

    def __init__(self, sock: socket.socket, timeout: float | None) -> None:
        self.sock = sock
        self.deadline: float | None = None
        self._timeout = timeout
        # The timeout the socket has now: setting it is a system call, so it is set only on change.
        self._armed = timeout
        self._pending = b""
        sock.settimeout(timeout)

    def _arm(self) -> None:
        deadline = self.deadline
        if deadline is None:
            if self._armed != self._timeout:
                self.sock.settimeout(self._timeout)
                self._armed = self._timeout
            return
        left = deadline - time.monotonic()
        if left <= 0:
            raise TransportError(TransportErrorKind.TIMED_OUT, "call timed out")
        armed = self._armed
        if armed is None or armed < left or armed > left + _SLACK:
            # Half the slack ahead, so that calls made back to back with the same timeout reuse it.
            armed = self._armed = left + _SLACK / 2
            self.sock.settimeout(armed)

    def read(self, n: int) -> bytes:
        """Returns between 1 and ``n`` bytes; raises TransportError at the end of the stream."""
        pending = self._pending
        if pending:
            self._pending = pending[n:]
            return pending[:n]
        self._arm()
        try:
            data = self.sock.recv(n)
        except TimeoutError:
            raise TransportError(TransportErrorKind.TIMED_OUT, "timed out waiting for the peer") \
                from None
        except OSError as e:
            raise TransportError(TransportErrorKind.CLOSED, f"connection failed: {e}") from e
        if not data:
            raise TransportError(TransportErrorKind.CLOSED, "connection closed by the peer")
        return data

    def unread(self, data: bytes) -> None:
        """Gives back bytes read past what was needed: the next reads return them first."""
        self._pending = data + self._pending

    def write(self, data: bytes | bytearray) -> None:
        """Sends all of ``data``."""
        self._arm()
        try:
            self.sock.sendall(data)
        except TimeoutError:
            raise TransportError(TransportErrorKind.TIMED_OUT, "timed out sending") from None
        except OSError as e:
            raise TransportError(TransportErrorKind.CLOSED, f"connection failed: {e}") from e

    def read_exact(self, n: int, head: bytes = b"") -> bytes:
        """Returns ``head`` followed by exactly ``n`` more bytes, holding no more memory than has
        arrived."""
        chunks = [head] if head else []
        while n > 0:
            chunk = self.read(min(n, _MAX_CHUNK))
            if not chunks and len(chunk) == n:
                return chunk
            chunks.append(chunk)
            n -= len(chunk)
        return b"".join(chunks)


class Connection:
    """One socket carrying whole messages in one protocol and framing; not thread-safe.

    A framed message is read whole (after checking its length against the frame limit) and
    decoded from memory; an unframed one is decoded straight from the socket by one reader that
    lives as long as the connection, so bytes of a following message are never lost.
    """

    def __init__(self, sock: socket.socket, protocol: Protocol, framing: Framing, limits: Limits,
                 timeout: float | None) -> None:
        self.stream = SocketStream(sock, timeout)
        self.framing = framing
        self._limits = limits
        self._writer = writer(protocol)
        self._framed = framing is Framing.FRAMED
        self._reader = reader(protocol, b"", limits) if self._framed \
            else stream_reader(protocol, self.stream, limits)

    @property
    def sock(self) -> socket.socket:
        """The underlying socket."""
        return self.stream.sock

    def start_message(self) -> ProtocolWriter:
        """Returns the connection's writer, emptied for a new message."""
        self._writer.reset()
        return self._writer

    def send(self) -> None:
        """Sends what was written since ``start_message`` as one message."""
        payload = self._writer.payload()
        if self._framed:
            if len(payload) > self._limits.max_frame_size:
                raise TransportError(TransportErrorKind.FRAME_TOO_LARGE, f"frame of {len(payload)} "
                                     f"bytes exceeds the limit of {self._limits.max_frame_size}")
            self.stream.write(_FRAME.pack(len(payload)) + payload)
        else:
            self.stream.write(payload)

    def receive(self) -> ProtocolReader | None:
        """Waits for the next message; returns a reader at its start, or None at a clean end."""
        if not self._framed:
            return self._reader if self._reader.has_more() else None
        stream = self.stream
        try:
            first = stream.read(_FIRST_READ)
        except TransportError as e:
            if e.kind is TransportErrorKind.CLOSED:
                return None
            raise
        if len(first) < 4:
            first += stream.read_exact(4 - len(first))
        size = _FRAME.unpack_from(first)[0]
        if size < 0:
            raise ProtocolError(ProtocolErrorKind.NEGATIVE_SIZE, f"negative frame size {size}")
        if size > self._limits.max_frame_size:
            raise TransportError(TransportErrorKind.FRAME_TOO_LARGE, f"frame of {size} bytes "
                                 f"exceeds the limit of {self._limits.max_frame_size}")
        end = 4 + size
        have = len(first)
        if have >= end:
            if have > end:
                stream.unread(first[end:])
            body = first[4:end]
        else:
            body = stream.read_exact(end - have, first[4:])
        self._reader.load(body)
        return self._reader

    def close(self) -> None:
        """Closes the socket; safe to call more than once."""
        try:
            self.stream.sock.close()
        except OSError:
            pass
