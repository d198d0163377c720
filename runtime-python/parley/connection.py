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
# A read for less than _SMALL asks the socket for _READ_AHEAD bytes and keeps what it did not
# need: a frame's header then brings its body along in the same system call, for most messages.
# Larger reads ask for what they need, so a long body is not copied twice.
_SMALL = 4096
_READ_AHEAD = 64 * 1024
# How far a socket timeout may lag the deadline before it is set again. poll() waits in whole
# milliseconds, so a smaller difference changes nothing; setting it costs a system call.
_SLACK = 0.001


class SocketStream:
    """Reads and writes a socket, turning its failures into TransportErrors.

    ``deadline`` (a ``time.monotonic()`` value), when set, bounds every wait for the socket until
    it is cleared, to within a millisecond (never early; bytes already received are returned
    without waiting); otherwise the socket's own timeout applies.
    """

    __slots__ = ("sock", "deadline", "_timeout", "_armed", "_ahead", "_at")

    def __init__(self, sock: socket.socket, timeout: float | None) -> None:
        self.sock = sock
        self.deadline: float | None = None
        self._timeout = timeout
        # The timeout the socket has now: setting it is a system call, so it is set only on change.
        self._armed = timeout
        # Bytes received but not yet read, from _at on.
        self._ahead = b""
        self._at = 0
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
        """Returns between 1 and ``n`` bytes (none for 0); raises TransportError at the end of the
        stream."""
        if n <= 0:
            return b""
        ahead, at = self._ahead, self._at
        if at < len(ahead):
            end = at + n
            if end >= len(ahead):
                self._ahead, self._at = b"", 0
                return ahead[at:] if at else ahead
            self._at = end
            return ahead[at:end]
        data = self._receive(_READ_AHEAD if n < _SMALL else n)
        if len(data) <= n:
            return data
        self._ahead, self._at = data, n
        return data[:n]

    def _receive(self, n: int) -> bytes:
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

    def write(self, data: bytes | bytearray) -> None:
        """Sends all of ``data``."""
        self._arm()
        try:
            self.sock.sendall(data)
        except TimeoutError:
            raise TransportError(TransportErrorKind.TIMED_OUT, "timed out sending") from None
        except OSError as e:
            raise TransportError(TransportErrorKind.CLOSED, f"connection failed: {e}") from e

    def read_exact(self, n: int) -> bytes:
        """Returns exactly ``n`` bytes, asking the socket for no more than is still missing (a
        large frame's announced size is not allocated before its bytes arrive)."""
        if n <= 0:
            return b""
        first = self.read(min(n, _MAX_CHUNK))
        if len(first) == n:
            return first
        chunks = [first]
        have = len(first)
        while have < n:
            chunk = self.read(min(n - have, _MAX_CHUNK))
            chunks.append(chunk)
            have += len(chunk)
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
        try:
            first = self.stream.read(4)
        except TransportError as e:
            if e.kind is TransportErrorKind.CLOSED:
                return None
            raise
        header = first if len(first) == 4 else first + self.stream.read_exact(4 - len(first))
        size = _FRAME.unpack(header)[0]
        if size < 0:
            raise ProtocolError(ProtocolErrorKind.NEGATIVE_SIZE, f"negative frame size {size}")
        if size > self._limits.max_frame_size:
            raise TransportError(TransportErrorKind.FRAME_TOO_LARGE, f"frame of {size} bytes "
                                 f"exceeds the limit of {self._limits.max_frame_size}")
        self._reader.load(self.stream.read_exact(size) if size else b"")
        return self._reader

    def close(self) -> None:
        """Closes the socket; safe to call more than once."""
        try:
            self.stream.sock.close()
        except OSError:
            pass
