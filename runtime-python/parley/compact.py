"""Apache Thrift's compact protocol: varints, zigzag integers and field-id deltas."""

from __future__ import annotations

import struct

from .errors import ProtocolError, ProtocolErrorKind
from .reading import ByteStream, ProtocolReader, unknown_type
from .limits import Limits
from .ttype import TType
from .writing import ProtocolWriter, out_of_range

__all__ = ["CompactProtocolWriter", "CompactProtocolReader"]

_PROTOCOL_ID = 0x82
_VERSION = 1
_DOUBLE = struct.Struct("<d")  # little-endian, unlike everything else in Thrift
_TRUE = 1
_FALSE = 2

# Indexed by TType: the compact type nibble, or -1 for ids that name no value.
_NIBBLE = (0, -1, _TRUE, 3, 7, -1, 4, -1, 5, -1, 6, 8, 12, 11, 10, 9, 13)
# Indexed by compact type nibble: the TType, or -1 for nibbles that name no value.
_TTYPE = (-1, TType.BOOL, TType.BOOL, TType.BYTE, TType.I16, TType.I32, TType.I64, TType.DOUBLE,
          TType.STRING, TType.LIST, TType.SET, TType.MAP, TType.STRUCT, TType.UUID, -1, -1)
# Indexed by TType: the fewest bytes a value of that type takes.
_MIN_SIZE = (0, 0, 1, 1, 8, 0, 1, 0, 1, 0, 1, 1, 1, 1, 1, 1, 16)

_I16_MIN, _I16_MAX = -(1 << 15), (1 << 15) - 1
_I32_MIN, _I32_MAX = -(1 << 31), (1 << 31) - 1
_I64_MIN, _I64_MAX = -(1 << 63), (1 << 63) - 1


def _nibble(ttype: int) -> int:
    n = _NIBBLE[ttype] if 0 <= ttype < len(_NIBBLE) else -1
    if n < 0:
        raise ValueError(f"type id {ttype} names no value type")
    return n


class CompactProtocolWriter(ProtocolWriter):
    """Writes the compact protocol byte for byte as libthrift does."""

    __slots__ = ("_last_fid", "_fids", "_bool_fid")

    def __init__(self) -> None:
        super().__init__()
        self._last_fid = 0
        self._fids: list[int] = []
        # The id of a bool field announced by field_begin, whose header waits for write_bool.
        self._bool_fid: int | None = None

    def reset(self) -> None:
        super().reset()
        self._last_fid = 0
        self._fids.clear()
        self._bool_fid = None

    def _varint(self, n: int) -> None:
        buf = self._buf
        while n > 0x7F:
            buf.append((n & 0x7F) | 0x80)
            n >>= 7
        buf.append(n)

    def message_begin(self, name: str, mtype: int, seqid: int) -> None:
        if not _I32_MIN <= seqid <= _I32_MAX:
            raise out_of_range("sequence id", seqid)
        self._buf.append(_PROTOCOL_ID)
        self._buf.append(_VERSION | (mtype << 5))
        self._varint(seqid & 0xFFFFFFFF)
        self.write_string(name)

    def struct_begin(self) -> None:
        self._fids.append(self._last_fid)
        self._last_fid = 0

    def struct_end(self) -> None:
        self._last_fid = self._fids.pop()

    def _field_header(self, nibble: int, fid: int) -> None:
        delta = fid - self._last_fid
        if 0 < delta <= 15:
            self._buf.append(delta << 4 | nibble)
        else:
            if not _I16_MIN <= fid <= _I16_MAX:
                raise out_of_range("field id", fid)
            self._buf.append(nibble)
            self._varint(((fid << 1) ^ (fid >> 15)) & 0xFFFF_FFFF)
        self._last_fid = fid

    def field_begin(self, ttype: int, fid: int) -> None:
        if ttype == TType.BOOL:
            self._bool_fid = fid
        else:
            self._field_header(_nibble(ttype), fid)

    def field_bool(self, fid: int, value: bool) -> None:
        self._field_header(_TRUE if value else _FALSE, fid)

    def field_stop(self) -> None:
        self._buf.append(0)

    def list_begin(self, etype: int, size: int) -> None:
        if size <= 14:
            self._buf.append(size << 4 | _nibble(etype))
        else:
            self._buf.append(0xF0 | _nibble(etype))
            self._varint(size)

    def set_begin(self, etype: int, size: int) -> None:
        self.list_begin(etype, size)

    def map_begin(self, ktype: int, vtype: int, size: int) -> None:
        if size == 0:
            self._buf.append(0)
        else:
            self._varint(size)
            self._buf.append(_nibble(ktype) << 4 | _nibble(vtype))

    def write_bool(self, v: bool) -> None:
        fid = self._bool_fid
        if fid is not None:
            self._bool_fid = None
            self._field_header(_TRUE if v else _FALSE, fid)
        else:
            self._buf.append(_TRUE if v else _FALSE)

    def write_byte(self, v: int) -> None:
        if not -128 <= v <= 127:
            raise out_of_range("byte", v)
        self._buf.append(v & 0xFF)

    def write_i16(self, v: int) -> None:
        if not _I16_MIN <= v <= _I16_MAX:
            raise out_of_range("i16", v)
        self._varint((v << 1) ^ (v >> 15))

    def write_i32(self, v: int) -> None:
        if not _I32_MIN <= v <= _I32_MAX:
            raise out_of_range("i32", v)
        self._varint((v << 1) ^ (v >> 31))

    def write_i64(self, v: int) -> None:
        if not _I64_MIN <= v <= _I64_MAX:
            raise out_of_range("i64", v)
        self._varint((v << 1) ^ (v >> 63))

    def write_double(self, v: float) -> None:
        self._buf += _DOUBLE.pack(v)

    def write_string(self, v: str) -> None:
        b = v.encode("utf-8")
        self._varint(len(b))
        self._buf += b

    def write_binary(self, v: bytes) -> None:
        self._varint(len(v))
        self._buf += v


class CompactProtocolReader(ProtocolReader):
    """Reads the compact protocol; a bool field's value comes from its header."""

    __slots__ = ("_last_fid", "_fids", "_bool")

    def __init__(self, data: bytes | bytearray | memoryview = b"", limits: Limits = Limits(),
                 stream: ByteStream | None = None) -> None:
        self._last_fid = 0
        self._fids: list[int] = []
        # The value of a bool field, carried in its header, until read_bool takes it.
        self._bool: bool | None = None
        super().__init__(data, limits, stream)

    def load(self, data: bytes | bytearray | memoryview) -> None:
        super().load(data)
        self._last_fid = 0
        self._fids.clear()
        self._bool = None

    def _varint(self, limit: int) -> int:
        pos = self._pos
        if pos < self._end:
            b = self._buf[pos]
            if b < 0x80:
                self._pos = pos + 1
                return b
        result = shift = 0
        for _ in range(limit):
            b = self._u8()
            result |= (b & 0x7F) << shift
            if b < 0x80:
                return result
            shift += 7
        raise ProtocolError(ProtocolErrorKind.INVALID_DATA, f"varint longer than {limit} bytes")

    def _size(self) -> int:
        """Reads a length or size: a varint that, as in libthrift, is a signed 32-bit integer."""
        n = self._varint(5) & 0xFFFFFFFF
        return n - (1 << 32) if n > _I32_MAX else n

    def _read_envelope(self) -> tuple[str, int, int]:
        self._fids.clear()
        self._last_fid = 0
        self._bool = None
        pid = self._u8()
        if pid != _PROTOCOL_ID:
            raise ProtocolError(ProtocolErrorKind.BAD_VERSION,
                                f"expected compact protocol id 0x82, got 0x{pid:02x}")
        version_type = self._u8()
        if version_type & 0x1F != _VERSION:
            raise ProtocolError(ProtocolErrorKind.BAD_VERSION,
                                f"expected compact protocol version 1, got {version_type & 0x1F}")
        seqid = self._size()
        return self.read_string(), (version_type >> 5) & 0x07, seqid

    def struct_begin(self) -> None:
        self._enter()
        self._fids.append(self._last_fid)
        self._last_fid = 0

    def struct_end(self) -> None:
        super().struct_end()
        self._last_fid = self._fids.pop()

    def field_begin(self) -> tuple[int, int]:
        pos = self._pos
        if pos >= self._end:
            self._fill(1)
            pos = self._pos
        self._pos = pos + 1
        header = self._buf[pos]
        nibble = header & 0x0F
        if nibble == 0:
            return 0, 0
        ttype = _TTYPE[nibble]
        if ttype < 0:
            raise unknown_type(nibble)
        delta = header >> 4
        fid = self._last_fid + delta if delta else self.read_i16()
        self._last_fid = fid
        if ttype == TType.BOOL:
            self._bool = nibble == _TRUE
        return ttype, fid

    def _collection(self, what: str) -> tuple[int, int]:
        header = self._u8()
        size = header >> 4
        if size == 15:
            size = self._size()
        ttype = _TTYPE[header & 0x0F]
        if ttype < 0:
            if size != 0:
                raise unknown_type(header & 0x0F)
            ttype = TType.STOP  # an empty collection's element type does not matter
        self._check_size(what, size, _MIN_SIZE[ttype])
        return ttype, size

    def list_begin(self) -> tuple[int, int]:
        return self._collection("list")

    def set_begin(self) -> tuple[int, int]:
        return self._collection("set")

    def map_begin(self) -> tuple[int, int, int]:
        size = self._size()
        if size <= 0:
            self._check_size("map", size, 0)
            return TType.STOP, TType.STOP, 0
        types = self._u8()
        ktype = _TTYPE[types >> 4]
        vtype = _TTYPE[types & 0x0F]
        if ktype < 0:
            raise unknown_type(types >> 4)
        if vtype < 0:
            raise unknown_type(types & 0x0F)
        self._check_size("map", size, _MIN_SIZE[ktype] + _MIN_SIZE[vtype])
        return ktype, vtype, size

    def read_bool(self) -> bool:
        b = self._bool
        if b is not None:
            self._bool = None
            return b
        return self._u8() == _TRUE

    def read_byte(self) -> int:
        b = self._u8()
        return b - 256 if b > 127 else b

    def read_i16(self) -> int:
        n = self._varint(5) & 0xFFFFFFFF
        v = (n >> 1) ^ -(n & 1)
        # Like libthrift, keep the low 16 bits of an oversized value.
        return v if _I16_MIN <= v <= _I16_MAX else ((v + 0x8000) & 0xFFFF) - 0x8000

    def read_i32(self) -> int:
        pos = self._pos
        if pos < self._end:  # the common one-byte case, without a call
            n = self._buf[pos]
            if n < 0x80:
                self._pos = pos + 1
                return (n >> 1) ^ -(n & 1)
        n = self._varint(5) & 0xFFFFFFFF
        return (n >> 1) ^ -(n & 1)

    def read_i64(self) -> int:
        n = self._varint(10) & 0xFFFF_FFFF_FFFF_FFFF
        return (n >> 1) ^ -(n & 1)

    def read_double(self) -> float:
        pos = self._pos
        if self._end - pos < 8:
            self._fill(8)
            pos = self._pos
        self._pos = pos + 8
        return _DOUBLE.unpack_from(self._buf, pos)[0]  # type: ignore[no-any-return]

    def read_string(self) -> str:
        return self._utf8(self._check_length(self._size()))

    def read_binary(self) -> bytes:
        return self._take(self._check_length(self._size()))

    def _skip_string(self) -> None:
        self._skip_bytes(self._check_length(self._size()))
