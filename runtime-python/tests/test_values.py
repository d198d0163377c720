"""parley.values: generated classes are frozen, keyword-only dataclasses to everything that asks,
made so only when something asks, so that importing them does not import dataclasses."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import threading
import unittest
from pathlib import Path
from typing import Any, Optional

from parley import Limits
from parley import values as _values

RUNTIME = str(Path(__file__).resolve().parent.parent)


def make_point() -> type:
    """A class as a generated module writes one: its own __init__, a field with a factory."""

    @_values.value_class(frozen=True, kw_only=True, init=False, repr=False, eq=False)
    class Point:
        x: int
        y: Optional[int] = None
        tags: list[str] = _values.field(default_factory=lambda: ["a"])

        def __init__(self, *, x: int, y: Optional[int] = None, tags: list[str] = _values.FACTORY) -> None:
            object.__setattr__(self, "x", x)
            object.__setattr__(self, "y", y)
            object.__setattr__(self, "tags", ["a"] if tags is _values.FACTORY else tags)

        def __eq__(self, other: object) -> bool:
            return isinstance(other, Point) and (self.x, self.y, self.tags) == (other.x, other.y, other.tags)

    return Point


class ValueClassTest(unittest.TestCase):
    def test_is_a_dataclass_to_dataclasses(self) -> None:
        point: Any = make_point()
        self.assertIsInstance(point.__dict__["__dataclass_fields__"], _values._Pending)  # not made yet
        p = point(x=1, y=2)
        self.assertTrue(dataclasses.is_dataclass(p))
        self.assertEqual([f.name for f in dataclasses.fields(point)], ["x", "y", "tags"])
        self.assertTrue(all(f.kw_only for f in dataclasses.fields(point)))
        self.assertEqual(dataclasses.replace(p, y=5), point(x=1, y=5))
        self.assertEqual(dataclasses.asdict(p), {"x": 1, "y": 2, "tags": ["a"]})
        self.assertEqual(dataclasses.fields(point)[2].default_factory(), ["a"])
        self.assertTrue(getattr(point, "__dataclass_params__").frozen)
        self.assertEqual(point.__match_args__, ())

    @unittest.skipUnless(sys.version_info >= (3, 13), "copy.replace is new in Python 3.13")
    def test_copy_replace_works_as_on_any_dataclass(self) -> None:
        import copy

        point: Any = make_point()
        self.assertEqual(getattr(copy, "replace")(point(x=1), y=3), point(x=1, y=3))

    def test_params_alone_make_the_class_a_dataclass(self) -> None:
        point: Any = make_point()
        self.assertTrue(point.__dataclass_params__.frozen)
        self.assertIsInstance(point.__dict__["__dataclass_fields__"], dict)

    def test_frozen_before_and_after_it_is_made_a_dataclass(self) -> None:
        point: Any = make_point()
        p = point(x=1)
        for _ in range(2):
            with self.assertRaisesRegex(dataclasses.FrozenInstanceError, "cannot assign to field 'x'"):
                p.x = 2
            with self.assertRaisesRegex(dataclasses.FrozenInstanceError, "cannot delete field 'y'"):
                del p.y
            dataclasses.fields(point)
        self.assertEqual(p.x, 1)

    def test_subclasses_follow_the_decorators_rules(self) -> None:
        point: Any = make_point()
        with self.assertRaisesRegex(TypeError, "cannot inherit non-frozen dataclass from a frozen one"):
            dataclasses.dataclass(type("Mutable", (point,), {"__annotations__": {"z": "int"}}))
        sub: Any = dataclasses.dataclass(frozen=True, kw_only=True)(
            type("Frozen", (point,), {"__annotations__": {"z": "int"}, "z": 0}))
        self.assertEqual([f.name for f in dataclasses.fields(sub)], ["x", "y", "tags", "z"])
        plain: Any = type("Plain", (make_point(),), {})
        q = plain(x=1)
        q.extra = 3  # not a field: a plain subclass's instances may hold other attributes
        with self.assertRaises(dataclasses.FrozenInstanceError):
            q.x = 2

    def test_an_undocumented_class_gets_the_decorators_docstring(self) -> None:
        point: Any = make_point()
        self.assertIsInstance(point.__dict__["__doc__"], _values._Pending)
        self.assertTrue(point.__doc__.startswith("Point(*, x: "), point.__doc__)
        self.assertEqual(point(x=1).__doc__, point.__doc__)

        @_values.value_class(frozen=True, kw_only=True, init=False)
        class Documented:
            """Says what it is."""

        self.assertEqual(Documented.__doc__, "Says what it is.")

    def test_a_class_without_its_own_init_is_the_decorators_at_once(self) -> None:
        @_values.value_class(frozen=True, kw_only=True)
        class Box:
            items: list[int] = _values.field(default_factory=lambda: [7])

        self.assertIsInstance(Box.__dict__["__dataclass_fields__"], dict)
        a: Any = Box()
        b: Any = Box()
        self.assertEqual(a.items, [7])
        self.assertIsNot(a.items, b.items)

    def test_threads_asking_at_once_make_it_once(self) -> None:
        point: Any = make_point()
        seen: list[object] = []
        threads = [threading.Thread(target=lambda: seen.append(dataclasses.fields(point))) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(len(seen), 8)
        self.assertTrue(all(s == seen[0] for s in seen))
        self.assertEqual(len(dataclasses.fields(point)), 3)

    def test_importing_the_runtime_imports_neither_dataclasses_nor_uuid(self) -> None:
        probe = ("import sys, parley, parley.codec, parley.values, parley.rpc, parley.aio\n"
                 "print(sorted(m for m in ('dataclasses', 'uuid', 'inspect') if m in sys.modules))")
        out = subprocess.run([sys.executable, "-c", probe], env={"PYTHONPATH": RUNTIME}, check=True,
                             capture_output=True, text=True).stdout.strip()
        self.assertEqual(out, "[]")


class LimitsTest(unittest.TestCase):
    def test_a_frozen_dataclass(self) -> None:
        limits = Limits(1000, max_depth=8)
        self.assertEqual(limits.max_frame_size, 1000)
        self.assertEqual(limits, Limits(max_frame_size=1000, max_depth=8))
        self.assertNotEqual(limits, Limits())
        self.assertEqual(hash(limits), hash(Limits(max_frame_size=1000, max_depth=8)))
        self.assertEqual(repr(Limits(max_depth=3)), "Limits(max_frame_size=16384000, max_message_size=104857600, "
                         "max_string_length=16384000, max_container_size=16384000, max_depth=3)")
        self.assertEqual(dataclasses.replace(limits, max_depth=2), Limits(1000, max_depth=2))
        with self.assertRaises(dataclasses.FrozenInstanceError):
            limits.max_depth = 9  # type: ignore[misc]

    def test_rejects_bounds_that_cannot_work(self) -> None:
        with self.assertRaisesRegex(ValueError, r"limits must be positive: Limits\(max_frame_size=0,"):
            Limits(max_frame_size=0)
        with self.assertRaisesRegex(ValueError, "must not be negative: .*max_string_length=-1"):
            Limits(max_string_length=-1)
        with self.assertRaisesRegex(ValueError, "must not be negative"):
            dataclasses.replace(Limits(), max_container_size=-1)


if __name__ == "__main__":
    unittest.main()
