"""Apache Thrift's binary protocol: fixed-width big-endian integers and length-prefixed strings."""

from __future__ import annotations

import struct

from .errors import ProtocolError, ProtocolErrorKind
from .reading import ProtocolReader, unknown_type
from .writing import ProtocolWriter, out_of_range

__all__ = ["BinaryProtocolWriter", "BinaryProtocolReader"]

_VERSION_1 = 0x80010000
_VERSION_MASK = 0xFFFF0000

_I8 = struct.Struct("!b")
_I16 = struct.Struct("!h")
_I32 = struct.Struct("!i")
_U32 = struct.Struct("!I")
_I64 = struct.Struct("!q")
_DOUBLE = struct.Struct("!d")
_FIELD = struct.Struct("!Bh")
_COLLECTION = struct.Struct("!Bi")
_MAP = struct.Struct("!BBi")

# Indexed by TType: the fewest bytes a value of that type takes; 0 for ids that name no value.
_MIN_SIZE = (0, 0, 1, 1, 8, 0, 2, 0, 4, 0, 8, 4, 1, 6, 5, 5, 16)


class BinaryProtocolWriter(ProtocolWriter):
    """Writes the binary protocol with strict (versioned) envelopes, as libthrift does."""

    __slots__ = ()

    def message_begin(self, name: str, mtype: int, seqid: int) -> None:
        self._buf += _U32.pack(_VERSION_1 | mtype)
        self.write_string(name)
        self.write_i32(seqid)

    def struct_begin(self) -> None:
        pass

    def struct_end(self) -> None:
        pass

    def field_begin(self, ttype: int, fid: int) -> None:
        try:
            self._buf += _FIELD.pack(ttype, fid)
        except struct.error:
            raise out_of_range("field id", fid) from None

    def field_bool(self, fid: int, value: bool) -> None:
        self.field_begin(2, fid)
        self._buf.append(1 if value else 0)

    def field_stop(self) -> None:
        self._buf.append(0)

    def list_begin(self, etype: int, size: int) -> None:
        self._buf += _COLLECTION.pack(etype, size)

    def set_begin(self, etype: int, size: int) -> None:
        self._buf += _COLLECTION.pack(etype, size)

    def map_begin(self, ktype: int, vtype: int, size: int) -> None:
        self._buf += _MAP.pack(ktype, vtype, size)

    def write_bool(self, v: bool) -> None:
        self._buf.append(1 if v else 0)

    def write_byte(self, v: int) -> None:
        try:
            self._buf += _I8.pack(v)
        except struct.error:
            raise out_of_range("byte", v) from None

    def write_i16(self, v: int) -> None:
        try:
            self._buf += _I16.pack(v)
        except struct.error:
            raise out_of_range("i16", v) from None

    def write_i32(self, v: int) -> None:
        try:
            self._buf += _I32.pack(v)
        except struct.error:
            raise out_of_range("i32", v) from None

    def write_i64(self, v: int) -> None:
        try:
            self._buf += _I64.pack(v)
        except struct.error:
            raise out_of_range("i64", v) from None

    def write_double(self, v: float) -> None:
        self._buf += _DOUBLE.pack(v)

    def write_string(self, v: str) -> None:
        b = v.encode("utf-8")
        buf = self._buf
        buf += _I32.pack(len(b))
        buf += b

    def write_binary(self, v: bytes) -> None:
        buf = self._buf
        buf += _I32.pack(len(v))
        buf += v


class BinaryProtocolReader(ProtocolReader):
    """Reads the binary protocol; envelopes may be strict (versioned) or old-style."""

    __slots__ = ()

    def _read_envelope(self) -> tuple[str, int, int]:
        first = self.read_i32()
        if first < 0:
            version = first & _VERSION_MASK
            if version != _VERSION_1:
                raise ProtocolError(ProtocolErrorKind.BAD_VERSION,
                                    f"bad binary protocol version 0x{version >> 16:04x}")
            name = self.read_string()
            return name, first & 0xFF, self.read_i32()
        # An old-style envelope starts with the name's length, and has the type after the name.
        name = self._utf8(self._check_length(first))
        mtype = self.read_byte()
        return name, mtype, self.read_i32()

    def field_begin(self) -> tuple[int, int]:
        pos = self._pos
        if pos >= self._end:
            self._fill(1)
            pos = self._pos
        ttype = self._buf[pos]
        if ttype == 0:
            self._pos = pos + 1
            return 0, 0
        if self._end - pos < 3:
            self._fill(3)
            pos = self._pos
        self._pos = pos + 3
        return ttype, _I16.unpack_from(self._buf, pos + 1)[0]

    def _collection(self, what: str) -> tuple[int, int]:
        pos = self._pos
        if self._end - pos < 5:
            self._fill(5)
            pos = self._pos
        self._pos = pos + 5
        etype, size = _COLLECTION.unpack_from(self._buf, pos)
        if size > 0 and (etype >= len(_MIN_SIZE) or _MIN_SIZE[etype] == 0):
            raise unknown_type(etype)
        self._check_size(what, size, _MIN_SIZE[etype] if size > 0 else 0)
        return etype, size

    def list_begin(self) -> tuple[int, int]:
        return self._collection("list")

    def set_begin(self) -> tuple[int, int]:
        return self._collection("set")

    def map_begin(self) -> tuple[int, int, int]:
        pos = self._pos
        if self._end - pos < 6:
            self._fill(6)
            pos = self._pos
        self._pos = pos + 6
        ktype, vtype, size = _MAP.unpack_from(self._buf, pos)
        if size > 0:
            for t in (ktype, vtype):
                if t >= len(_MIN_SIZE) or _MIN_SIZE[t] == 0:
                    raise unknown_type(t)
            self._check_size("map", size, _MIN_SIZE[ktype] + _MIN_SIZE[vtype])
        else:
            self._check_size("map", size, 0)
        return ktype, vtype, size

    def read_bool(self) -> bool:
        pos = self._pos
        if pos >= self._end:
            self._fill(1)
            pos = self._pos
        self._pos = pos + 1
        return self._buf[pos] != 0

    def read_byte(self) -> int:
        b = self._u8()
        return b - 256 if b > 127 else b

    def read_i16(self) -> int:
        pos = self._pos
        if self._end - pos < 2:
            self._fill(2)
            pos = self._pos
        self._pos = pos + 2
        return _I16.unpack_from(self._buf, pos)[0]  # type: ignore[no-any-return]

    def read_i32(self) -> int:
        pos = self._pos
        if self._end - pos < 4:
            self._fill(4)
            pos = self._pos
        self._pos = pos + 4
        return _I32.unpack_from(self._buf, pos)[0]  # type: ignore[no-any-return]

    def read_i64(self) -> int:
        pos = self._pos
        if self._end - pos < 8:
            self._fill(8)
            pos = self._pos
        self._pos = pos + 8
        return _I64.unpack_from(self._buf, pos)[0]  # type: ignore[no-any-return]

    def read_double(self) -> float:
        pos = self._pos
        if self._end - pos < 8:
            self._fill(8)
            pos = self._pos
        self._pos = pos + 8
        return _DOUBLE.unpack_from(self._buf, pos)[0]  # type: ignore[no-any-return]

    def read_string(self) -> str:
        return self._utf8(self._check_length(self.read_i32()))

    def read_binary(self) -> bytes:
        return self._take(self._check_length(self.read_i32()))

    def _skip_string(self) -> None:
        self._skip_bytes(self._check_length(self.read_i32()))
