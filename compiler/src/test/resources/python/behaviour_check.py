"""Behaviour of generated Python: run with the modules generated from behaviour/v1.thrift and v2.thrift."""
from __future__ import annotations

import copy
import dataclasses
import functools
import pickle
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
    generated_methods()
    print("behaviour_check: ok")


def generated_methods() -> None:
    """__init__, __repr__, __eq__ and __hash__ as the dataclass decorator makes them."""
    one, two = v1.Defaults(), v1.Defaults()
    check(one.names == ["a"] and one.owner == v1.Account(id=1) and one.self == 3 and one.d is None,
          f"defaults: {one}")
    check(one.names is not two.names and one.owner is not two.owner, "defaults built per instance")
    given = ["x"]
    check(v1.Defaults(names=given).names is given, "a given list is held as given")
    check(repr(one) == "Defaults(names=['a'], owner=Account(id=1, name='anonymous', "
          "status=<Status.ACTIVE: 1>, tags=None), self=3, d=None)", repr(one))
    looped = v1.Defaults()
    looped.names.append(looped)  # type: ignore[arg-type]
    check(repr(looped).startswith("Defaults(names=['a', ...], "), repr(looped))
    check(one == two and hash(one.owner) == hash(two.owner) and one != v1.Defaults(self=4), "equality")
    check(one.__eq__(object()) is NotImplemented and (one == 3) is False, "other classes")

    class Sub(v1.Account):
        pass

    check(Sub(id=1) != v1.Account(id=1), "equality is of the same class, as a dataclass's")
    check(dataclasses.replace(one, d=5) == v1.Defaults(d=5), "dataclasses.replace")
    check([f.name for f in dataclasses.fields(v1.Defaults)] == ["names", "owner", "self", "d"], "fields")
    for bad in (lambda: v1.Account(7), lambda: v1.Account(id=1, nickname="x")):  # type: ignore
        try:
            bad()
            check(False, "positional or unknown arguments accepted")
        except TypeError:
            pass
    try:
        hash(v1.Refused(message="m", code=1))
        check(False, "exceptions are mutable, so unhashable")
    except TypeError:
        pass
    check(v1.Refused(message="m", code=1) == v1.Refused(message="m", code=1), "exception equality")
    check(v1.Shadowing() == v1.Shadowing(Status=v1.Status.SUSPENDED, Account=v1.Account(id=2)),
          f"a field named like its default's type: {v1.Shadowing()}")
    check("Defaults" in (v1.Defaults.__doc__ or ""), "a docstring for an undocumented struct")
    check(dataclasses.is_dataclass(one) and getattr(v1.Defaults, "__dataclass_params__").frozen, "frozen")
    try:
        del one.d
        check(False, "a field deleted")
    except dataclasses.FrozenInstanceError:
        pass
    try:
        @dataclasses.dataclass
        class Mutable(v1.Account):
            extra: int = 0
        check(False, "a mutable dataclass derived from a frozen value")
    except TypeError:
        pass
    check(pickle.loads(pickle.dumps(one)) == one and copy.deepcopy(one) == one, "pickle and copy")
    subclasses()


class Labelled(v1.Account):
    """A plain subclass with a cached attribute: only the fields count, as for any dataclass."""

    @functools.cached_property
    def label(self) -> str:
        return f"{self.id}:{self.name}"


def subclasses() -> None:
    first, second = Labelled(id=1), Labelled(id=1)
    before = hash(first)
    check(first.label == "1:anonymous", first.label)
    check(first == second and hash(first) == before == hash(second), "extra attributes do not count")
    check(repr(first) == "Labelled(id=1, name='anonymous', status=<Status.ACTIVE: 1>, tags=None)", repr(first))
    first.note = "kept"  # type: ignore[attr-defined]
    check(first.note == "kept", "a subclass's instance takes other attributes")  # type: ignore[attr-defined]
    try:
        first.id = 2  # type: ignore[misc]
        check(False, "a field of a subclass's instance assigned")
    except dataclasses.FrozenInstanceError:
        pass


if __name__ == "__main__":
    main()
