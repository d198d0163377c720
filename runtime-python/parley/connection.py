"""Whole messages over a blocking socket, framed or unframed, with deadlines."""

from __future__ import annotations

import math
import socket
import ssl
import struct
import sys
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
# How far a socket timeout may lag the deadline before it is set again. Waits end in whole
# milliseconds or coarser, so a smaller difference changes nothing; setting it costs a system call.
_SLACK = 0.001
# Linux enforces a blocking socket's receive and send timeouts itself (SO_RCVTIMEO, SO_SNDTIMEO),
# at no cost per call, where a Python socket timeout polls before every recv and send: two more
# system calls per call. Elsewhere, and on TLS sockets, Python's timeout is used.
_TIMEVAL = struct.Struct("@ll")
_KERNEL_TIMEOUTS = sys.platform.startswith("linux") and _TIMEVAL.size == 16


def _timeval(timeout: float | None) -> bytes:
    """A timeout as the kernel takes it, rounded up to a microsecond; zero waits forever."""
    if timeout is None:
        return _TIMEVAL.pack(0, 0)
    seconds, micros = divmod(min(math.ceil(timeout * 1_000_000), 1 << 62), 1_000_000)
    return _TIMEVAL.pack(seconds, micros)


class SocketStream:
    """Reads and writes a socket, turning its failures into TransportErrors.

    ``deadline`` (a ``time.monotonic()`` value), when set, bounds every wait for the socket until
    it is cleared, to within a few milliseconds (never early; bytes already received are returned
    without waiting); otherwise the stream's own timeout applies.
    """

    __slots__ = ("sock", "deadline", "_timeout", "_kernel", "_armed_recv", "_armed_send", "_ahead",
                 "_at")

    def __init__(self, sock: socket.socket, timeout: float | None,
                 kernel_timeouts: bool = True) -> None:
        """``kernel_timeouts=False`` keeps Python's timeout on a socket about to be wrapped in TLS,
        whose handshake only a Python timeout bounds."""
        self.sock = sock
        self.deadline: float | None = None
        self._timeout = timeout
        self._kernel = kernel_timeouts and _KERNEL_TIMEOUTS and type(sock) is socket.socket and (
            timeout is None or timeout > 0)
        # The timeouts the socket has now: setting one is a system call, so it is set on change only.
        self._armed_recv = self._armed_send = timeout
        # Bytes received but not yet read, from _at on.
        self._ahead = b""
        self._at = 0
        if self._kernel:
            sock.settimeout(None)
            self._set_kernel(socket.SO_RCVTIMEO, timeout)
            self._set_kernel(socket.SO_SNDTIMEO, timeout)
        else:
            sock.settimeout(timeout)

    def use_tls(self, sock: ssl.SSLSocket) -> None:
        """Goes on over ``sock``, this stream's socket wrapped in TLS (made with
        ``kernel_timeouts=False``), with the stream's timeout."""
        if self._kernel:
            raise ValueError("a stream for TLS is made with kernel_timeouts=False")
        self.sock = sock
        sock.settimeout(self._timeout)
        self._armed_recv = self._armed_send = self._timeout

    def _set_kernel(self, option: int, timeout: float | None) -> None:
        self.sock.setsockopt(socket.SOL_SOCKET, option, _timeval(timeout))

    def _arm(self, sending: bool) -> None:
        """Gives the socket the timeout of the next wait in the direction ``sending`` tells."""
        deadline = self.deadline
        armed = self._armed_send if sending else self._armed_recv
        if deadline is None:
            if armed == self._timeout:
                return
            armed = self._timeout
        else:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TransportError(TransportErrorKind.TIMED_OUT, "call timed out")
            if armed is not None and left <= armed <= left + _SLACK:
                return
            # Half the slack ahead, so that calls made back to back with the same timeout reuse it.
            armed = left + _SLACK / 2
        if not self._kernel:
            self.sock.settimeout(armed)
            self._armed_send = self._armed_recv = armed
        elif sending:
            self._set_kernel(socket.SO_SNDTIMEO, armed)
            self._armed_send = armed
        else:
            self._set_kernel(socket.SO_RCVTIMEO, armed)
            self._armed_recv = armed

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
        self._arm(False)
        try:
            data = self.sock.recv(n)
        except (TimeoutError, BlockingIOError):  # the latter from the kernel's timeout
            raise TransportError(TransportErrorKind.TIMED_OUT, "timed out waiting for the peer") \
                from None
        except OSError as e:
            raise TransportError(TransportErrorKind.CLOSED, f"connection failed: {e}") from e
        if not data:
            raise TransportError(TransportErrorKind.CLOSED, "connection closed by the peer")
        return data

    def write(self, data: bytes | bytearray) -> None:
        """Sends all of ``data``."""
        self._arm(True)
        try:
            self.sock.sendall(data)
        except (TimeoutError, BlockingIOError):
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
                 timeout: float | None, kernel_timeouts: bool = True) -> None:
        self.stream = SocketStream(sock, timeout, kernel_timeouts)
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
