"""Finds the peers the compatibility tests need: Apache Thrift's Python library and openssl.

A test that needs a missing peer is skipped with a loud message on stderr, unless the
environment sets PARLEY_REQUIRE_PEERS=1: then it fails.
"""

from __future__ import annotations

import os
import shutil
import sys
import unittest
from typing import Any, Callable, TypeVar

REQUIRED = os.environ.get("PARLEY_REQUIRE_PEERS") == "1"
C = TypeVar("C", bound=type)

try:
    import thrift  # noqa: F401
    from thrift.protocol import TBinaryProtocol, TCompactProtocol  # noqa: F401
    from thrift.transport import TTransport  # noqa: F401
    THRIFT_MISSING: str | None = None
    THRIFT_VERSION = getattr(thrift, "__version__", "?")
    THRIFT_HAS_UUID = hasattr(TBinaryProtocol.TBinaryProtocol, "writeUuid")
except ImportError as e:
    THRIFT_MISSING = f"Apache Thrift's Python library is missing ({e}); pip install thrift"
    THRIFT_VERSION = ""
    THRIFT_HAS_UUID = False

try:
    from thrift.protocol import fastbinary  # noqa: F401
    FASTBINARY_MISSING: str | None = None
except ImportError as e:
    FASTBINARY_MISSING = THRIFT_MISSING or f"thrift's C extension fastbinary is missing ({e})"

OPENSSL = shutil.which("openssl")
OPENSSL_MISSING = None if OPENSSL else "the openssl command is missing; cannot make a test certificate"

_warned: set[str] = set()


def _loud(message: str) -> None:
    if message not in _warned:
        _warned.add(message)
        print(f"\n*** SKIPPING PEER TESTS: {message} ***", file=sys.stderr)


def needs(missing: str | None) -> Callable[[C], C]:
    """Class decorator: skip (loudly) or, under PARLEY_REQUIRE_PEERS=1, fail when a peer is missing."""

    def decorate(cls: C) -> C:
        if missing is None:
            return cls
        if REQUIRED:
            def fail(_: Any) -> None:
                raise AssertionError(f"{missing} (PARLEY_REQUIRE_PEERS=1)")
            setattr(cls, "setUpClass", classmethod(fail))
            return cls
        _loud(missing)
        return unittest.skip(missing)(cls)  # type: ignore[no-any-return]

    return decorate


needs_thrift = needs(THRIFT_MISSING)
needs_fastbinary = needs(FASTBINARY_MISSING)
needs_openssl = needs(OPENSSL_MISSING)
