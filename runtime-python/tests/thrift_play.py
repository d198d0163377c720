"""Plays scenarios on Apache Thrift's own protocol objects (TBinaryProtocol, TCompactProtocol)."""

from __future__ import annotations

from typing import Any

from parley.protocol import TType

from .scenarios import Op, _same

_WRITE = {"bool": "writeBool", "byte": "writeByte", "i16": "writeI16", "i32": "writeI32",
          "i64": "writeI64", "double": "writeDouble", "string": "writeString",
          "binary": "writeBinary", "uuid": "writeUuid"}
_READ = {k: "read" + v[5:] for k, v in _WRITE.items()}


def write_thrift(p: Any, ops: list[Op]) -> None:
    for op in ops:
        name = op[0]
        if name == "message_begin":
            p.writeMessageBegin(op[1], op[2], op[3])
        elif name == "message_end":
            p.writeMessageEnd()
        elif name == "struct_begin":
            p.writeStructBegin("S")
        elif name == "struct_end":
            p.writeStructEnd()
        elif name == "field":
            p.writeFieldBegin("f", op[1], op[2])
        elif name == "field_end":
            p.writeFieldEnd()
        elif name == "field_bool":
            p.writeFieldBegin("f", TType.BOOL, op[1])
            p.writeBool(op[2])
            p.writeFieldEnd()
        elif name == "stop":
            p.writeFieldStop()
        elif name == "list":
            p.writeListBegin(op[1], op[2])
        elif name == "list_end":
            p.writeListEnd()
        elif name == "set":
            p.writeSetBegin(op[1], op[2])
        elif name == "set_end":
            p.writeSetEnd()
        elif name == "map":
            p.writeMapBegin(op[1], op[2], op[3])
        elif name == "map_end":
            p.writeMapEnd()
        else:
            getattr(p, _WRITE[name])(op[1])


def read_thrift(p: Any, ops: list[Op], compact: bool) -> None:
    """Reads the values of ``ops`` with a Thrift protocol, failing on the first difference."""
    for i, op in enumerate(ops):
        name = op[0]
        got: Any = None
        want: Any = None
        if name == "message_begin":
            got, want = p.readMessageBegin(), op[1:]
        elif name == "message_end":
            p.readMessageEnd()
        elif name == "struct_begin":
            p.readStructBegin()
        elif name == "struct_end":
            p.readStructEnd()
        elif name == "field":
            got, want = p.readFieldBegin()[1:], op[1:]
        elif name == "field_end":
            p.readFieldEnd()
        elif name == "field_bool":
            got = (p.readFieldBegin()[1:], p.readBool())
            want = ((TType.BOOL, op[1]), op[2])
            p.readFieldEnd()
        elif name == "stop":
            got, want = p.readFieldBegin()[1], TType.STOP
        elif name == "list":
            got, want = p.readListBegin(), op[1:]
        elif name == "set":
            got, want = p.readSetBegin(), op[1:]
        elif name == "map":
            got = p.readMapBegin()
            want = (TType.STOP, TType.STOP, 0) if compact and op[3] == 0 else op[1:]
        elif name in ("list_end", "set_end", "map_end"):
            getattr(p, {"list_end": "readListEnd", "set_end": "readSetEnd",
                        "map_end": "readMapEnd"}[name])()
        else:
            got, want = getattr(p, _READ[name])(), op[1]
            if not _same(want, got):
                raise AssertionError(f"op {i} {op[:2]!r}: thrift read {got!r}")
            continue
        if (tuple(got) if isinstance(got, (tuple, list)) else got) != want:
            raise AssertionError(f"op {i} {op!r}: thrift read {got!r}, expected {want!r}")
