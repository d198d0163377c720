"""The exceptions of the Parley runtime: protocol, application, transport and declared errors."""

from __future__ import annotations

import abc
import enum
from typing import TYPE_CHECKING

from .ttype import TType

if TYPE_CHECKING:
    from .reading import ProtocolReader
    from .writing import ProtocolWriter

__all__ = [
    "RpcError",
    "ProtocolError",
    "ProtocolErrorKind",
    "ApplicationError",
    "ApplicationErrorType",
    "TransportError",
    "TransportErrorKind",
    "DeclaredError",
]


class RpcError(Exception):
    """The base of every error the runtime raises for a failed call or malformed data."""


class ProtocolErrorKind(enum.Enum):
    """What was wrong with the bytes that failed to decode."""

    INVALID_DATA = "invalid data"
    NEGATIVE_SIZE = "negative size"
    SIZE_LIMIT = "size limit"
    BAD_VERSION = "bad version"
    NOT_IMPLEMENTED = "not implemented"
    DEPTH_LIMIT = "depth limit"


class ProtocolError(RpcError):
    """Bytes that do not decode: malformed, truncated, or over a limit."""

    def __init__(self, kind: ProtocolErrorKind, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message

    def __repr__(self) -> str:
        return f"ProtocolError({self.kind.name}, {self.message!r})"


class ApplicationErrorType(enum.IntEnum):
    """Apache Thrift's TApplicationException type codes."""

    UNKNOWN = 0
    UNKNOWN_METHOD = 1
    INVALID_MESSAGE_TYPE = 2
    WRONG_METHOD_NAME = 3
    BAD_SEQUENCE_ID = 4
    MISSING_RESULT = 5
    INTERNAL_ERROR = 6
    PROTOCOL_ERROR = 7
    INVALID_TRANSFORM = 8
    INVALID_PROTOCOL = 9
    UNSUPPORTED_CLIENT_TYPE = 10

    @classmethod
    def of(cls, code: int) -> ApplicationErrorType:
        """The type with ``code``, or UNKNOWN for a code this runtime does not know."""
        try:
            return cls(code)
        except ValueError:
            return cls.UNKNOWN


class ApplicationError(RpcError):
    """An error the IDL does not declare, with Thrift's numeric type (TApplicationException).

    On the wire it is a struct with the message in field 1 (string) and the type in field 2 (i32).
    """

    def __init__(
        self,
        type: ApplicationErrorType = ApplicationErrorType.UNKNOWN,  # noqa: A002 - Thrift's name
        message: str | None = None,
    ) -> None:
        super().__init__(message if message is not None else type.name)
        self.type = type
        self.message = message

    def __repr__(self) -> str:
        return f"ApplicationError({self.type.name}, {self.message!r})"

    def write(self, w: ProtocolWriter) -> None:
        """Writes this error as a TApplicationException struct."""
        w.struct_begin()
        if self.message is not None:
            w.field_begin(TType.STRING, 1)
            w.write_string(self.message)
        w.field_begin(TType.I32, 2)
        w.write_i32(int(self.type))
        w.field_stop()
        w.struct_end()

    @classmethod
    def read(cls, r: ProtocolReader) -> ApplicationError:
        """Reads a TApplicationException struct, skipping fields it does not know."""
        message: str | None = None
        kind = ApplicationErrorType.UNKNOWN
        r.struct_begin()
        while True:
            ttype, fid = r.field_begin()
            if ttype == TType.STOP:
                break
            if fid == 1 and ttype == TType.STRING:
                message = r.read_string()
            elif fid == 2 and ttype == TType.I32:
                kind = ApplicationErrorType.of(r.read_i32())
            else:
                r.skip(ttype)
        r.struct_end()
        return cls(kind, message)


class TransportErrorKind(enum.Enum):
    """Why a connection could not carry a call."""

    NOT_OPEN = "not open"
    REFUSED = "refused"
    CLOSED = "closed"
    TIMED_OUT = "timed out"
    FRAME_TOO_LARGE = "frame too large"
    UNKNOWN = "unknown"


class TransportError(RpcError):
    """A connection failed: refused, closed by the peer, timed out, or an oversized frame."""

    def __init__(self, kind: TransportErrorKind, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message

    def __repr__(self) -> str:
        return f"TransportError({self.kind.name}, {self.message!r})"


class DeclaredError(Exception, abc.ABC):
    """The base of exceptions declared in the IDL, which travel in a method's result struct.

    Generated subclasses hold their fields like dataclasses and know how to write themselves.
    """

    @abc.abstractmethod
    def write(self, w: ProtocolWriter) -> None:
        """Writes this exception as its struct."""
