"""How a decoder can fill a new instance, and what each way costs afterwards.

A generated decoder builds its value without running ``__init__``: it makes the instance with
``object.__new__`` and fills in the twelve fields of a User. This times four ways of filling it,
then reading all twelve fields back, and the memory each instance holds:

- ``stores``:  ``d = o.__dict__`` then ``d["name"] = value`` per field (what the decoders do);
- ``update``:  ``o.__dict__.update({...})``;
- ``assign``:  ``o.__dict__ = {...}``;
- ``setattr``: ``object.__setattr__(o, "name", value)`` per field (what ``__init__`` does).

Run it under each interpreter of interest:

    python3 benchmarks/python/instance_fill.py
"""
from __future__ import annotations

import sys
import timeit
import tracemalloc
from typing import Any, Callable

NAMES = ["id", "username", "displayName", "email", "age", "score", "verified", "role", "createdAt",
         "groupIds", "bio", "attributes"]
VALUES: list[Any] = [1, "u", "d", "e", 3, 1.5, True, 2, 5, [1], "b", {}]
PARAMS = [f"p{i}" for i in range(len(NAMES))]


def filler(kind: str) -> Callable[..., object]:
    """Compiles ``make(cls, p0, ..., p11)`` filling a new ``cls`` instance the ``kind`` way."""
    lines = [f"def make(cls, {', '.join(PARAMS)}):", " o = object.__new__(cls)"]
    pairs = ", ".join(f"{n!r}: {p}" for n, p in zip(NAMES, PARAMS))
    if kind == "stores":
        lines.append(" d = o.__dict__")
        lines += [f" d[{n!r}] = {p}" for n, p in zip(NAMES, PARAMS)]
    elif kind == "update":
        lines.append(f" o.__dict__.update({{{pairs}}})")
    elif kind == "assign":
        lines.append(f" o.__dict__ = {{{pairs}}}")
    else:
        lines += [f" _setattr(o, {n!r}, {p})" for n, p in zip(NAMES, PARAMS)]
    lines.append(" return o")
    scope: dict[str, Any] = {"_setattr": object.__setattr__}
    exec("\n".join(lines), scope)  # noqa: S102 - fixed source built above
    return scope["make"]  # type: ignore[no-any-return]


def main() -> None:
    version = sys.version.split()[0]
    for kind in ("stores", "update", "assign", "setattr"):
        make = filler(kind)
        cls = type("Value", (), {})
        for _ in range(3):
            make(cls, *VALUES)
        build = min(timeit.repeat(lambda: make(cls, *VALUES), number=100_000, repeat=7)) / 100_000
        o: Any = make(cls, *VALUES)

        def read(o: Any = o) -> tuple[Any, ...]:
            return (o.id, o.username, o.displayName, o.email, o.age, o.score, o.verified, o.role,
                    o.createdAt, o.groupIds, o.bio, o.attributes)

        reads = min(timeit.repeat(read, number=200_000, repeat=7)) / 200_000
        tracemalloc.start()
        kept = [make(cls, *VALUES) for _ in range(10_000)]
        size = tracemalloc.get_traced_memory()[0] / len(kept)
        tracemalloc.stop()
        print(f"{version} {kind:8s} fill {build * 1e9:5.0f} ns   read 12 fields {reads * 1e9:4.0f} ns"
              f"   {size:4.0f} B per instance")


if __name__ == "__main__":
    main()
