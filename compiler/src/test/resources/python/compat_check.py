"""Parley-generated and Thrift-generated Python agree byte for byte, in both protocols and directions.

Run under an interpreter with Apache Thrift's library, with the Parley module `compat` and
Thrift's generated package `thrift_compat` on the path.
"""
from __future__ import annotations

import sys

import compat
from parley import Protocol, reader, writer
from thrift.protocol import TBinaryProtocol, TCompactProtocol
from thrift.transport import TTransport
from thrift_compat.ttypes import AllTypes, Choice, Color, Inner


def check(condition: bool, what: str) -> None:
    if not condition:
        print(f"compat_check: FAILED: {what}", file=sys.stderr)
        sys.exit(1)


def parley_value() -> compat.AllTypes:
    return compat.AllTypes(
        flag=True, tiny=-7, small=300, medium=-123456, large=1 << 40, ratio=3.25, text="héllo ✓",
        data=b"\x00\x01\xff", color=compat.Color.GREEN, inner=compat.Inner(id=5, label="in"),
        numbers=[1, -1, 2**31 - 1, -2**31], tags={"one"}, counts={"a": 1, "ü": -2**63},
        inners=[compat.Inner(id=1), compat.Inner(id=2, label="")], nested={-1: [], 7: ["x", "y"]},
        maybeNumber=0, must="required", flags=[True, False, True],
        choice=compat.Choice(inner=compat.Inner(id=9)), byColor={compat.Color.BLUE: {0.5}},
        farFlag=False, matrix=[[1, 2], []])


def thrift_value() -> AllTypes:
    return AllTypes(
        flag=True, tiny=-7, small=300, medium=-123456, large=1 << 40, ratio=3.25, text="héllo ✓",
        data=b"\x00\x01\xff", color=Color.GREEN, inner=Inner(id=5, label="in"),
        numbers=[1, -1, 2**31 - 1, -2**31], tags={"one"}, counts={"a": 1, "ü": -2**63},
        inners=[Inner(id=1), Inner(id=2, label="")], nested={-1: [], 7: ["x", "y"]},
        maybeNumber=0, must="required", flags=[True, False, True],
        choice=Choice(inner=Inner(id=9)), byColor={Color.BLUE: {0.5}},
        farFlag=False, matrix=[[1, 2], []])


def main() -> None:
    factories = {
        Protocol.BINARY: [TBinaryProtocol.TBinaryProtocolFactory()],
        Protocol.COMPACT: [TCompactProtocol.TCompactProtocolFactory()],
    }
    if hasattr(TBinaryProtocol, "TBinaryProtocolAcceleratedFactory"):
        factories[Protocol.BINARY].append(TBinaryProtocol.TBinaryProtocolAcceleratedFactory())
    if hasattr(TCompactProtocol, "TCompactProtocolAcceleratedFactory"):
        factories[Protocol.COMPACT].append(TCompactProtocol.TCompactProtocolAcceleratedFactory())
    for pv, tv in [(parley_value(), thrift_value()), (compat.AllTypes(must=""), AllTypes(must=""))]:
        for protocol, fs in factories.items():
            w = writer(protocol)
            pv.write(w)
            ours = w.getvalue()
            for factory in fs:
                name = f"{protocol.name}/{type(factory).__name__}"
                buf = TTransport.TMemoryBuffer()
                tv.write(factory.getProtocol(buf))
                theirs = buf.getvalue()
                check(ours == theirs, f"{name}: Parley wrote {ours.hex()}\nThrift wrote {theirs.hex()}")
                decoded = AllTypes()
                decoded.read(factory.getProtocol(TTransport.TMemoryBuffer(ours)))
                check(decoded == tv, f"{name}: Thrift decoded Parley's bytes as {decoded}")
                back = compat.AllTypes.read(reader(protocol, theirs))
                check(back == pv, f"{name}: Parley decoded Thrift's bytes as {back}")
    print("compat_check: ok")


if __name__ == "__main__":
    main()
