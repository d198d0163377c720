#!/usr/bin/env python3
"""Writes a synthetic but realistic Thrift IDL of about N lines, for compiler benchmarks.

Usage: synth_idl.py LINES OUT.thrift

The file mixes what real schemas hold: doc comments, enums, typedefs, constants (scalars,
containers, struct literals), structs with every field kind, exceptions, unions and services
with throws clauses. Output is deterministic for a given LINES.
"""
import sys

TYPES = ["i32", "i64", "string", "bool", "double", "binary", "list<string>", "map<string, i64>",
         "set<i32>", "i16", "i8"]


def module(index: int) -> list[str]:
    n = index
    out = [
        f"/** Status of entity group {n}. */",
        f"enum Status{n} {{",
        "  ACTIVE = 1,",
        "  SUSPENDED = 2,",
        "  DELETED = 3",
        "}",
        "",
        f"typedef i64 Id{n}",
        f"const i32 LIMIT_{n} = {n % 1000 + 10}",
        f'const list<string> TAGS_{n} = ["a{n}", "b{n}", "c{n}"]',
        f'const map<string, i32> WEIGHTS_{n} = {{"low": 1, "high": LIMIT_{n}}}',
        "",
        f"/** Entity {n}, with one field of every common kind. */",
        f"struct Entity{n} {{",
        f"  1: required Id{n} id",
        f"  2: optional Status{n} status = Status{n}.ACTIVE",
    ]
    for f in range(3, 15):
        kind = TYPES[(f + n) % len(TYPES)]
        out.append(f"  {f}: optional {kind} field{f}")
    if n > 0:
        out.append(f"  15: optional Entity{n - 1} previous")
    out += [
        "}",
        "",
        f"const Entity{n} SAMPLE_{n} = {{\"id\": {n}, \"status\": Status{n}.SUSPENDED}}",
        "",
        f"exception NotFound{n} {{",
        "  1: string message",
        f"  2: Id{n} id",
        "}",
        "",
        f"union Key{n} {{",
        f"  1: Id{n} id",
        "  2: string name",
        "}",
        "",
        f"service EntityService{n} {{",
        f"  /** Reads entity {n}. */",
        f"  Entity{n} get(1: Key{n} key) throws (1: NotFound{n} notFound)",
        f"  list<Entity{n}> page(1: i32 offset, 2: i32 limit = LIMIT_{n})",
        f"  void put(1: Entity{n} entity)",
        f"  oneway void touch(1: Id{n} id)",
        "}",
        "",
    ]
    return out


def main() -> None:
    target, path = int(sys.argv[1]), sys.argv[2]
    lines = ["namespace java bench.synthetic", "namespace py bench.synthetic", ""]
    i = 0
    while len(lines) < target:
        lines += module(i)
        i += 1
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
