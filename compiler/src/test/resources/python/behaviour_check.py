"""Behaviour of generated Python: run with the modules generated from behaviour/v1.thrift and v2.thrift."""
from __future__ import annotations

import dataclasses
import sys

import v1
import v2
from parley import Protocol, ProtocolError, reader, writer


def check(condition: bool, what: str) -> None:
    if not condition:
        print(f"behaviour_check: FAILED: {what}", file=sys.stderr)
        sys.exit(1)


def encode(value: object, protocol: Protocol) -> bytes:
    w = writer(protocol)
    value.write(w)  # type: ignore[attr-defined]
    return w.getvalue()


def main() -> None:
    a = v1.Account(id=7)
    check(a.name == "anonymous" and a.status == v1.Status.ACTIVE and a.tags is None, f"IDL defaults: {a}")
    check(a == v1.Account(id=7) and hash(a) == hash(v1.Account(id=7)), "value semantics")
    try:
        v1.Account()  # type: ignore[call-arg]
        check(False, "a required field can be left out")
    except TypeError:
        pass
    try:
        a.name = "changed"  # type: ignore[misc]
        check(False, "values are mutable")
    except dataclasses.FrozenInstanceError:
        pass
    for protocol in Protocol:
        odd = v1.Account(id=1, status=v1.Status(42), tags=["x"])
        back = v1.Account.read(reader(protocol, encode(odd, protocol)))
        check(back == odd and int(back.status) == 42, f"{protocol}: unknown enum kept: {back}")
        check(v1.Status(42).name == "UNKNOWN_42", v1.Status(42).name)

        newer = v2.Account(id=99, name="n", status=v2.Status.CLOSED, tags=["t"], balance=1.5,
                           extra=v2.Extra(note="e", deep=[{"k": 1}]), friends={1, 2}, verified=True,
                           avatar=b"\x01\x02", byId={3: v2.Extra(note="x")})
        older = v1.Account.read(reader(protocol, encode(newer, protocol)))
        check(older.id == 99 and older.name == "n" and int(older.status) == 3 and older.tags == ["t"],
              f"{protocol}: old reader skips new fields: {older}")
        again = v2.Account.read(reader(protocol, encode(older, protocol)))
        check(again.status == v2.Status.CLOSED and again.balance is None, f"{protocol}: {again}")

        empty = writer(protocol)
        empty.struct_begin()
        empty.field_stop()
        empty.struct_end()
        try:
            v1.Account.read(reader(protocol, empty.getvalue()))
            check(False, "missing required field accepted")
        except ProtocolError as e:
            check("required field 'id' of Account is missing" in str(e), str(e))

        phone = v1.Contact(phone=5)
        check(v1.Contact.read(reader(protocol, encode(phone, protocol))) == phone, "union round trip")
        try:
            v1.Contact.read(reader(protocol, encode(v2.Contact(pager="p"), protocol)))
            check(False, "a union with only an unknown member read")
        except ProtocolError:
            pass
    try:
        v1.Contact(email="e", phone=5)
        check(False, "a union with two members")
    except ValueError as e:
        check("exactly one member" in str(e), str(e))
    refused = v1.Refused(message="no", code=3)
    check(isinstance(refused, Exception) and str(refused) == "Refused(message='no', code=3)", str(refused))
    try:
        raise refused
    except v1.Refused as e:
        check(e.code == 3, "exceptions are raised and caught as their type")
    # Containers given as defaults are not shared between instances.
    first, second = v2.Extra(note="a"), v2.Extra(note="b")
    check(first.deep is None and second.deep is None, "no default list")
    print("behaviour_check: ok")


if __name__ == "__main__":
    main()
