"""Calls every method of ThriftTest (and SecondService when multiplexed) with the values Apache
Thrift's test clients use, and collects every answer that breaks the contract."""

from __future__ import annotations

import math
import time
import uuid
from collections.abc import Callable
from typing import Any

import interop_strings
from interop_checks import Checks, GiveUp, Mismatch, show
from parley import ApplicationError
from thrift_test import Insanity, Numberz, Xception, Xception2, Xtruct, Xtruct2

# The oneway call must return within this, while the server sleeps for a whole second.
MAX_ONEWAY_SECONDS = 1.0
MAP_MAP = {-4: {-4: -4, -3: -3, -2: -2, -1: -1}, 4: {1: 1, 2: 2, 3: 3, 4: 4}}


def second_service(second: Any, c: Checks) -> None:
    """SecondService, in the multiplexed modes."""
    guarded(c, lambda: c.same('secondtestString("foobar")', 'testString("foobar")',
                              lambda: second.secondtestString("foobar")))


def thrift_test(t: Any, c: Checks, skip_uuid: bool) -> None:
    """Every ThriftTest method, on one connection; oneway last."""
    def run() -> None:
        base_types(t, c, skip_uuid)
        containers(t, c)
        structs(t, c)
        exceptions(t, c)
        oneway(t, c)
    guarded(c, run)


def guarded(c: Checks, checks: Callable[[], None]) -> None:
    """Runs checks, recording that the rest did not run when the connection keeps failing."""
    try:
        checks()
    except GiveUp as e:
        c.mismatches.append(Mismatch("the remaining checks", "run", f"not run: {e}"))


def oneway(t: Any, c: Checks) -> None:
    """testOneway twice.

    testOneway(0) and then a normal call: the normal call gets its own reply, so the server sent
    nothing for the oneway one. testOneway(1) last: it returns at once although the server sleeps
    a second. Nothing is called after it, since servers answer a connection's calls in order and
    the next call would wait out the sleep.
    """
    c.returns("testOneway(0)", lambda: t.testOneway(0))
    c.same('testString("after oneway") after testOneway(0)', "after oneway",
           lambda: t.testString("after oneway"))
    start = time.monotonic()
    c.returns("testOneway(1)", lambda: t.testOneway(1))
    elapsed = time.monotonic() - start
    if elapsed >= MAX_ONEWAY_SECONDS:
        c.fail("testOneway(1)", f"returns in < {MAX_ONEWAY_SECONDS:.0f} s (it is oneway)",
               f"took {elapsed:.3f} s")


def base_types(t: Any, c: Checks, skip_uuid: bool) -> None:
    """Strings, bool, integers at their extremes, doubles, binary, uuid."""
    c.returns("testVoid()", t.testVoid)
    for s in ("Test", "", "Python" * 20, interop_strings.ESCAPES, interop_strings.ASTRAL,
              interop_strings.LANGUAGES):
        label = show(s) if len(s) <= 40 else f"{show(s[:40])}\u2026 ({len(s)} chars)"
        c.same(f"testString({label})", s, lambda s=s: t.testString(s))
    for b in (True, False):
        c.same(f"testBool({b})", b, lambda b=b: t.testBool(b))
    for i8 in (1, 0, -1, 63, -127, -128, 127):
        c.same(f"testByte({i8})", i8, lambda i8=i8: t.testByte(i8))
    for i32 in (-1, 0, 1, -2**31, 2**31 - 1):
        c.same(f"testI32({i32})", i32, lambda i32=i32: t.testI32(i32))
    for i64 in (1, 0, -34359738368, -2**63, 2**63 - 1):
        c.same(f"testI64({i64})", i64, lambda i64=i64: t.testI64(i64))
    for d in (-5.325098235, -5.235098235, 0.0, -1.0, -0.000341012439638598279, 1.7976931348623157e308,
              -1.7976931348623157e308, 2.2250738585072014e-308, 5e-324, -0.0, math.inf, -math.inf,
              math.nan):
        c.same(f"testDouble({d!r})", d, lambda d=d: t.testDouble(d))
    for data in (bytes(range(256)), b""):
        c.same(f"testBinary({len(data)} bytes)", data, lambda data=data: t.testBinary(data))
    if not skip_uuid:
        for u in ("00112233-4455-6677-8899-aabbccddeeff", "f81d4fae-7dec-11d0-a765-00a0c91e6bf6"):
            value = uuid.UUID(u)
            c.same(f"testUuid({u})", value, lambda value=value: t.testUuid(value))


def containers(t: Any, c: Checks) -> None:
    """Maps, sets, lists (empty ones too), enums, the typedef and the map of maps."""
    for m in ({i: i - 10 for i in range(5)}, {0: 1, 1: 2, 2: 3, 3: 4, -1: -2}, {}):
        c.same(f"testMap({m})", m, lambda m=m: t.testMap(m))
    for sm in ({"a": "2", "b": "blah", "some": "thing"}, {"": "", "パイソン": interop_strings.ASTRAL},
               {}):
        c.same(f"testStringMap({sm!r})", sm, lambda sm=sm: t.testStringMap(sm))
    for s in ({-2, -1, 0, 1, 2}, {8, 1, 42}, set()):
        c.same(f"testSet({s})", s, lambda s=s: t.testSet(s))
    for lst in ([-2, -1, 0, 1, 2], [1, 4, 9, -42], []):
        c.same(f"testList({lst})", lst, lambda lst=lst: t.testList(lst))
    for n in (Numberz.ONE, Numberz.TWO, Numberz.THREE, Numberz.FIVE, Numberz.EIGHT):
        c.same(f"testEnum({n.name})", n, lambda n=n: t.testEnum(n))
    for uid in (309858235082523, 0xffffffffffffff):
        c.same(f"testTypedef({uid})", uid, lambda uid=uid: t.testTypedef(uid))
    for hello in (1, 42):
        c.same(f"testMapMap({hello})", MAP_MAP, lambda hello=hello: t.testMapMap(hello))


def xtruct(s: str, b: int, i32: int, i64: int) -> Xtruct:
    return Xtruct(string_thing=s, byte_thing=b, i32_thing=i32, i64_thing=i64)


def structs(t: Any, c: Checks) -> None:
    """Structs, nested structs, testInsanity and testMulti."""
    zero = xtruct("Zero", 1, -3, -5)
    c.same(f"testStruct({zero})", zero, lambda: t.testStruct(zero))
    for nest in (Xtruct2(byte_thing=1, struct_thing=zero, i32_thing=5),
                 Xtruct2(byte_thing=0, struct_thing=zero, i32_thing=0)):
        c.same(f"testNest({nest})", nest, lambda nest=nest: t.testNest(nest))
    insane = Insanity(userMap={Numberz.EIGHT: 8, Numberz.FIVE: 5},
                      xtructs=[xtruct("Goodbye4", 4, 4, 4), xtruct("Hello2", 2, 2, 2)])
    c.matches(f"testInsanity({insane})",
              "{1: {TWO: argument, THREE: argument}, 2: {SIX: an empty Insanity}}",
              lambda: t.testInsanity(insane), lambda whoa: insanity_holds(whoa, insane))
    multi = xtruct("Hello2", 74, 0xff00ff, 0xffffffffd0d0)
    c.same("testMulti(74, 16711935, 281474976698576, {0: 'abc'}, FIVE, 15790320)", multi,
           lambda: t.testMulti(74, 0xff00ff, 0xffffffffd0d0, {0: "abc"}, Numberz.FIVE, 0xf0f0f0))


def insanity_holds(whoa: dict[int, dict[Numberz, Insanity]], argument: Insanity) -> bool:
    """Whether testInsanity answered as the contract says.

    The empty Insanity is accepted with its containers unset or empty, since some Thrift
    libraries write empty containers for unset ones.
    """
    if set(whoa) != {1, 2} or whoa[1] != {Numberz.TWO: argument, Numberz.THREE: argument}:
        return False
    if set(whoa[2]) != {Numberz.SIX}:
        return False
    six = whoa[2][Numberz.SIX]
    return not six.userMap and not six.xtructs


def exceptions(t: Any, c: Checks) -> None:
    """Declared exceptions with their fields, an undeclared failure, and the connection after each."""
    c.returns('testException("Safe")', lambda: t.testException("Safe"))
    c.raises('testException("Xception")', Xception, "Xception(errorCode=1001, message='Xception')",
             lambda: t.testException("Xception"),
             lambda e: e.errorCode == 1001 and e.message == "Xception")
    c.raises('testException("TException")', ApplicationError, "an ApplicationError (undeclared)",
             lambda: t.testException("TException"), lambda e: True)
    c.returns('testException("success")', lambda: t.testException("success"))
    c.raises('testMultiException("Xception", "test 1")', Xception,
             "Xception(errorCode=1001, message='This is an Xception')",
             lambda: t.testMultiException("Xception", "test 1"),
             lambda e: e.errorCode == 1001 and e.message == "This is an Xception")
    c.raises('testMultiException("Xception2", "test 2")', Xception2,
             "Xception2(errorCode=2002, struct_thing.string_thing='This is an Xception2')",
             lambda: t.testMultiException("Xception2", "test 2"),
             lambda e: e.errorCode == 2002 and e.struct_thing is not None
             and e.struct_thing.string_thing == "This is an Xception2")
    # Only string_thing is set by the contract; other fields may come back unset or zero.
    c.matches('testMultiException("success", "test 3")', "Xtruct(string_thing='test 3', ...)",
              lambda: t.testMultiException("success", "test 3"),
              lambda x: x.string_thing == "test 3")
