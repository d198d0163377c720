"""The interface generated decoders call, and the checked input buffer both protocols share."""

from __future__ import annotations

import abc
from typing import TYPE_CHECKING, Protocol

from .errors import ProtocolError, ProtocolErrorKind, TransportError, TransportErrorKind
from .limits import Limits
from .ttype import TType

if TYPE_CHECKING:
    import uuid

__all__ = ["ByteStream", "ProtocolReader", "Truncated"]

_DEFAULT_LIMITS = Limits()
# How much to ask a stream for at a time: big enough for few system calls, small enough that a
# peer announcing a huge value does not make us allocate before the bytes arrive.
_CHUNK = 64 * 1024
_MAX_CHUNK = 1024 * 1024


class ByteStream(Protocol):
    """A source of bytes for a reader over an unframed stream, such as a socket."""

    def read(self, n: int) -> bytes:
        """Returns between 1 and ``n`` bytes; raises TransportError when no more can come."""
        ...


class Truncated(ProtocolError):
    """The message ends before a value it announces; ``needed`` is the length it must have."""

    def __init__(self, needed: int, message: str) -> None:
        super().__init__(ProtocolErrorKind.INVALID_DATA, message)
        self.needed = needed


class ProtocolReader(abc.ABC):
    """Decodes values in one protocol's format from a byte buffer, checking every bound.

    The input is either one whole message (``bytes``, a frame) or an unframed stream that refills
    the buffer as values need more bytes; both go through ``_fill``. Every length, container
    size, varint and nesting depth is checked against the Limits (and, for a whole message,
    against the bytes that remain) before anything is allocated for it. A reader is not
    thread-safe.
    """

    __slots__ = ("_buf", "_pos", "_end", "_stream", "_base", "_msg_start", "_limits",
                 "_depth", "_structs_done")

    def __init__(self, data: bytes | bytearray | memoryview = b"", limits: Limits = _DEFAULT_LIMITS,
                 stream: ByteStream | None = None) -> None:
        self._limits = limits
        self._stream = stream
        self._base = 0
        self._depth = 0
        self._structs_done = 0
        self.load(data)

    def load(self, data: bytes | bytearray | memoryview) -> None:
        """Starts over on a new whole message (or, for a stream reader, on initial bytes)."""
        buf = data if isinstance(data, bytes) else bytes(data)
        if self._stream is None and len(buf) > self._limits.max_message_size:
            raise ProtocolError(ProtocolErrorKind.SIZE_LIMIT, f"message of {len(buf)} bytes exceeds "
                                f"the limit of {self._limits.max_message_size}")
        self._buf = buf
        self._pos = 0
        self._end = len(buf)
        self._msg_start = self._base
        self._depth = 0
        self._structs_done = 0

    @property
    def limits(self) -> Limits:
        """The bounds this reader enforces."""
        return self._limits

    @property
    def depth(self) -> int:
        """How many structs (and, while skipping, containers) enclose the current position."""
        return self._depth

    @property
    def offset(self) -> int:
        """How many bytes this reader has consumed since it was created."""
        return self._base + self._pos

    @property
    def buffered(self) -> int:
        """How many bytes are buffered and not yet consumed."""
        return self._end - self._pos

    @property
    def args_read(self) -> bool:
        """Whether a whole top-level struct was read since ``message_begin``.

        After a call's arguments, this tells a decoding failure from a handler's own exception.
        """
        return self._structs_done > 0 and self._depth == 0

    def has_more(self) -> bool:
        """Whether another byte can be read; on a stream, waits for one, False at its clean end."""
        if self._pos < self._end:
            return True
        if self._stream is None:
            return False
        try:
            self._fill(1)
        except TransportError as e:
            if e.kind is TransportErrorKind.CLOSED:
                return False
            raise
        return True

    # -- the input buffer ------------------------------------------------------------------

    def _fill(self, n: int) -> None:
        """Makes ``n`` bytes available at ``_pos``; called only when fewer are buffered."""
        stream = self._stream
        have = self._end - self._pos
        if stream is None:
            raise Truncated(self._pos + n, f"message truncated: {n} bytes needed at offset "
                            f"{self._pos}, {have} left")
        self._check_message_size(n)
        chunks = [self._buf[self._pos:self._end]]
        while have < n:
            chunk = stream.read(min(max(n - have, _CHUNK), _MAX_CHUNK))
            chunks.append(chunk)
            have += len(chunk)
        self._base += self._pos
        self._buf = b"".join(chunks)
        self._pos = 0
        self._end = have

    def _check_message_size(self, n: int) -> None:
        if self._base + self._pos + n - self._msg_start > self._limits.max_message_size:
            raise ProtocolError(ProtocolErrorKind.SIZE_LIMIT, "message exceeds the limit of "
                                f"{self._limits.max_message_size} bytes")

    def _take(self, n: int) -> bytes:
        """Consumes ``n`` bytes (already checked against the limits) and returns them."""
        pos = self._pos
        if self._end - pos < n:
            self._fill(n)
            pos = self._pos
        self._pos = pos + n
        return self._buf[pos:pos + n]

    def _u8(self) -> int:
        pos = self._pos
        if pos >= self._end:
            self._fill(1)
            pos = self._pos
        self._pos = pos + 1
        return self._buf[pos]

    def _skip_bytes(self, n: int) -> None:
        """Consumes ``n`` bytes without keeping them, a chunk at a time on a stream."""
        while n > 0:
            left = self._end - self._pos
            if left == 0:
                self._fill(min(n, _MAX_CHUNK))
                left = self._end - self._pos
            step = n if n < left else left
            self._pos += step
            n -= step

    def _utf8(self, n: int) -> str:
        try:
            return self._take(n).decode("utf-8")
        except UnicodeDecodeError as e:
            raise ProtocolError(ProtocolErrorKind.INVALID_DATA, f"string is not UTF-8: {e}") from None

    # -- limit checks ----------------------------------------------------------------------

    def _check_length(self, n: int) -> int:
        """Checks a string or binary length against the limit and returns it."""
        if n < 0:
            raise ProtocolError(ProtocolErrorKind.NEGATIVE_SIZE, f"negative string length {n}")
        if n > self._limits.max_string_length:
            raise ProtocolError(ProtocolErrorKind.SIZE_LIMIT, f"string of {n} bytes exceeds the "
                                f"limit of {self._limits.max_string_length}")
        return n

    def _check_size(self, what: str, size: int, min_each: int) -> None:
        """Checks a container size against the limit and the bytes that can still come."""
        if size < 0:
            raise ProtocolError(ProtocolErrorKind.NEGATIVE_SIZE, f"negative {what} size {size}")
        if size > self._limits.max_container_size:
            raise ProtocolError(ProtocolErrorKind.SIZE_LIMIT, f"{what} of {size} elements exceeds "
                                f"the limit of {self._limits.max_container_size}")
        need = size * min_each
        left = self._end - self._pos
        if need > left:
            if self._stream is None:
                raise Truncated(self._pos + need, f"{what} of {size} elements needs at least "
                                f"{need} bytes, {left} left")
            self._check_message_size(need)

    def _enter(self) -> None:
        if self._depth >= self._limits.max_depth:
            raise ProtocolError(ProtocolErrorKind.DEPTH_LIMIT,
                                f"nesting deeper than the limit of {self._limits.max_depth}")
        self._depth += 1

    # -- the decoding interface ------------------------------------------------------------

    def message_begin(self) -> tuple[str, int, int]:
        """Reads a message envelope: (method name, MessageType, sequence id)."""
        self._depth = 0
        self._structs_done = 0
        self._msg_start = self._base + self._pos
        return self._read_envelope()

    @abc.abstractmethod
    def _read_envelope(self) -> tuple[str, int, int]:
        """Reads the envelope in this protocol's encoding."""

    def struct_begin(self) -> None:
        """Starts reading a struct."""
        self._enter()

    def struct_end(self) -> None:
        """Ends a struct, after ``field_begin`` returned STOP."""
        self._depth -= 1
        if self._depth == 0:
            self._structs_done += 1

    @abc.abstractmethod
    def field_begin(self) -> tuple[int, int]:
        """Reads a field header: (TType, field id); the type is TType.STOP after the last field."""

    @abc.abstractmethod
    def list_begin(self) -> tuple[int, int]:
        """Reads a list header: (element TType, size)."""

    @abc.abstractmethod
    def set_begin(self) -> tuple[int, int]:
        """Reads a set header: (element TType, size)."""

    @abc.abstractmethod
    def map_begin(self) -> tuple[int, int, int]:
        """Reads a map header: (key TType, value TType, size)."""

    @abc.abstractmethod
    def read_bool(self) -> bool:
        """Reads a bool element, or the value of a bool field just announced."""

    @abc.abstractmethod
    def read_byte(self) -> int:
        """Reads a signed 8-bit integer."""

    @abc.abstractmethod
    def read_i16(self) -> int:
        """Reads a signed 16-bit integer."""

    @abc.abstractmethod
    def read_i32(self) -> int:
        """Reads a signed 32-bit integer."""

    @abc.abstractmethod
    def read_i64(self) -> int:
        """Reads a signed 64-bit integer."""

    @abc.abstractmethod
    def read_double(self) -> float:
        """Reads a 64-bit IEEE 754 double."""

    @abc.abstractmethod
    def read_string(self) -> str:
        """Reads a UTF-8 string."""

    @abc.abstractmethod
    def read_binary(self) -> bytes:
        """Reads a byte string."""

    def read_uuid(self) -> uuid.UUID:
        """Reads a UUID: 16 bytes, most significant first, in both protocols."""
        # Imported here: only IDLs with uuid fields need it, and it costs every import of the runtime.
        from uuid import UUID

        return UUID(bytes=self._take(16))

    def skip(self, ttype: int) -> None:
        """Reads past a value of type ``ttype``, checking sizes and depth as reading would."""
        try:
            self._skip(ttype)
        except RecursionError:
            raise ProtocolError(ProtocolErrorKind.DEPTH_LIMIT, "nesting too deep to skip") from None

    @abc.abstractmethod
    def _skip_string(self) -> None:
        """Reads past a string or binary value."""

    def _skip(self, ttype: int) -> None:
        if ttype == TType.STRUCT:
            self.struct_begin()
            while True:
                ftype, _ = self.field_begin()
                if ftype == TType.STOP:
                    break
                self._skip(ftype)
            self.struct_end()
        elif ttype == TType.STRING:
            self._skip_string()
        elif ttype == TType.LIST or ttype == TType.SET:
            etype, size = self.list_begin() if ttype == TType.LIST else self.set_begin()
            self._enter()
            for _ in range(size):
                self._skip(etype)
            self._depth -= 1
        elif ttype == TType.MAP:
            ktype, vtype, size = self.map_begin()
            self._enter()
            for _ in range(size):
                self._skip(ktype)
                self._skip(vtype)
            self._depth -= 1
        elif ttype == TType.BOOL:
            self.read_bool()
        elif ttype == TType.BYTE:
            self._skip_bytes(1)
        elif ttype == TType.I16:
            self.read_i16()
        elif ttype == TType.I32:
            self.read_i32()
        elif ttype == TType.I64:
            self.read_i64()
        elif ttype == TType.DOUBLE:
            self._skip_bytes(8)
        elif ttype == TType.UUID:
            self._skip_bytes(16)
        else:
            raise unknown_type(ttype)


def unknown_type(ttype: int) -> ProtocolError:
    """The error for a type id that names no value type."""
    return ProtocolError(ProtocolErrorKind.INVALID_DATA, f"unknown type id {ttype}")
