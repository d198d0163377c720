"""Generated modules kept in several files, each run in the module's own namespace.

CPython compiles a source file whole: its syntax tree and code objects are all in memory at once,
and past a few megabytes of source the time grows faster than the size. The generated module of a
large IDL (tens of megabytes) therefore took over a minute and several gigabytes to compile on its
first import. The compiler writes such a module as a small module that names its parts, files
beside it of about a megabyte each; :func:`run` runs them in order in the module's namespace,
which then holds exactly what the one file would have held. Each part is compiled and its
bytecode cached on its own, the way the import system does it for modules.
"""

from __future__ import annotations

import gc
import importlib.util
from collections.abc import Sequence
from typing import Any

__all__ = ["run"]


def run(namespace: dict[str, Any], parts: Sequence[str]) -> None:
    """Runs each part (the dotted name of a source file, found as a module is) in ``namespace``,
    the globals of the generated module that names them, in order.

    The cyclic garbage collector is paused meanwhile, as ``timeit`` pauses it: a large module
    makes hundreds of thousands of objects, none of them garbage, and each full collection the
    allocations would trigger scans all that were made before.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        _run(namespace, parts)
    finally:
        if collecting:
            gc.enable()


def _run(namespace: dict[str, Any], parts: Sequence[str]) -> None:
    for name in parts:
        spec = importlib.util.find_spec(name)
        loader = spec.loader if spec is not None else None
        get_code = getattr(loader, "get_code", None)
        if get_code is None:
            raise ImportError(f"{namespace.get('__name__')} is missing its part {name}: generate the module "
                              "again and keep all of its files together", name=name)
        code = get_code(name)
        if code is None:
            raise ImportError(f"{namespace.get('__name__')}: its part {name} has no code", name=name)
        exec(code, namespace)  # noqa: S102 - the part is generated code of this very module
