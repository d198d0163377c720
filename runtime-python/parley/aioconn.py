"""Whole messages over an asyncio stream, framed or unframed."""

from __future__ import annotations

import asyncio
import struct

from .errors import (ProtocolError, ProtocolErrorKind, TransportError, TransportErrorKind)
from .protocol import (Framing, Limits, Protocol, ProtocolReader, ProtocolWriter, TType, reader,
                       writer)
from .reading import Truncated

__all__ = ["AsyncConnection", "MalformedMessage"]

_FRAME = struct.Struct("!i")
_CHUNK = 64 * 1024
# After this many attempts to find the end of one unframed message, wait for the buffer to
# double before decoding again, so a peer trickling bytes cannot make the work quadratic.
_EAGER_ATTEMPTS = 4
_QUIET = 0.002


class MalformedMessage(ProtocolError):
    """An unframed message whose envelope decoded but whose body did not."""

    def __init__(self, cause: ProtocolError, name: str, mtype: int, seqid: int) -> None:
        super().__init__(cause.kind, cause.message)
        self.name = name
        self.mtype = mtype
        self.seqid = seqid


def _closed(e: BaseException) -> TransportError:
    return TransportError(TransportErrorKind.CLOSED, f"connection failed: {e}")


class AsyncConnection:
    """One asyncio stream carrying whole messages in one protocol and framing.

    Every message is received whole and decoded from memory. A frame's length is checked
    before its bytes are awaited. An unframed message's end is found by decoding it from what
    has arrived so far: an incomplete message names how many bytes it needs at least, and
    decoding resumes from the start once they are there.
    """

    def __init__(self, rstream: asyncio.StreamReader, wstream: asyncio.StreamWriter,
                 protocol: Protocol, framing: Framing, limits: Limits) -> None:
        self._in = rstream
        self._out = wstream
        self._protocol = protocol
        self._framed = framing is Framing.FRAMED
        self._limits = limits
        self._writer = writer(protocol)
        self._reader = reader(protocol, b"", limits)
        self._pending = bytearray()

    @property
    def peer(self) -> object:
        """The remote address."""
        return self._out.get_extra_info("peername")

    def start_message(self) -> ProtocolWriter:
        """Returns the connection's writer, emptied for a new message."""
        self._writer.reset()
        return self._writer

    async def send(self) -> None:
        """Sends what was written since ``start_message`` as one message."""
        payload = self._writer.payload()
        try:
            if self._framed:
                if len(payload) > self._limits.max_frame_size:
                    raise TransportError(TransportErrorKind.FRAME_TOO_LARGE, f"frame of "
                                         f"{len(payload)} bytes exceeds the limit of "
                                         f"{self._limits.max_frame_size}")
                self._out.write(_FRAME.pack(len(payload)) + payload)
            else:
                self._out.write(bytes(payload))
            await self._out.drain()
        except (ConnectionError, OSError) as e:
            raise _closed(e) from e

    async def receive(self) -> ProtocolReader | None:
        """Waits for the next whole message; returns a reader at its start, or None at a clean end."""
        try:
            data = await (self._receive_frame() if self._framed else self._receive_unframed())
        except (ConnectionError, OSError) as e:
            raise _closed(e) from e
        if data is None:
            return None
        self._reader.load(data)
        return self._reader

    async def _receive_frame(self) -> bytes | None:
        try:
            header = await self._in.readexactly(4)
        except asyncio.IncompleteReadError as e:
            if not e.partial:
                return None
            raise TransportError(TransportErrorKind.CLOSED, "connection closed inside a frame header") \
                from None
        size = _FRAME.unpack(header)[0]
        if size < 0:
            raise ProtocolError(ProtocolErrorKind.NEGATIVE_SIZE, f"negative frame size {size}")
        if size > self._limits.max_frame_size:
            raise TransportError(TransportErrorKind.FRAME_TOO_LARGE, f"frame of {size} bytes "
                                 f"exceeds the limit of {self._limits.max_frame_size}")
        try:
            return await self._in.readexactly(size)
        except asyncio.IncompleteReadError:
            raise TransportError(TransportErrorKind.CLOSED, "connection closed inside a frame") \
                from None

    async def _more(self, n: int) -> None:
        chunk = await self._in.read(max(n, _CHUNK))
        if not chunk:
            raise TransportError(TransportErrorKind.CLOSED, "connection closed inside a message")
        self._pending += chunk

    async def _receive_unframed(self) -> bytes | None:
        buf = self._pending
        if not buf:
            chunk = await self._in.read(_CHUNK)
            if not chunk:
                return None
            buf += chunk
        attempts = 0
        limit = self._limits.max_message_size
        while True:
            try:
                end = self._message_end(bytes(buf[:limit]))
                break
            except Truncated as e:
                needed = e.needed
            if needed > limit:
                raise ProtocolError(ProtocolErrorKind.SIZE_LIMIT,
                                    f"message exceeds the limit of {limit} bytes")
            attempts += 1
            while len(buf) < needed:
                await self._more(needed - len(buf))
            if attempts > _EAGER_ATTEMPTS:
                target = min(2 * len(buf), limit)
                while len(buf) < target:
                    try:
                        await asyncio.wait_for(self._more(_CHUNK), _QUIET)
                    except (asyncio.TimeoutError, TransportError):
                        break  # the peer paused or left: perhaps the message is complete
        message = bytes(buf[:end])
        del buf[:end]
        return message

    def _message_end(self, data: bytes) -> int:
        """Returns the length of the message at the start of ``data``; raises Truncated if short."""
        r = reader(self._protocol, data, self._limits)
        name, mtype, seqid = r.message_begin()
        try:
            r.skip(TType.STRUCT)
        except Truncated:
            raise
        except ProtocolError as e:
            raise MalformedMessage(e, name, mtype, seqid) from None
        return r.offset

    def close(self) -> None:
        """Closes the stream without waiting."""
        self._out.close()

    async def wait_closed(self) -> None:
        """Waits for the stream to close, ignoring errors of a connection already broken."""
        try:
            await self._out.wait_closed()
        except (ConnectionError, OSError):
            pass
