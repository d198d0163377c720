#!/usr/bin/env python3
"""Parley's Python conformance client for Apache Thrift's cross-test runner.

``parley_test_client.py --host=H --port=N --protocol=binary|compact|multi|multic
--transport=buffered|framed [--ssl] [--skip-uuid] [--async]`` calls every method of ThriftTest
(and SecondService when multiplexed) with ``parley.rpc.Client``, or ``parley.aio.AsyncClient``
under ``--async``, checks every answer, and exits 0 when all hold; otherwise it prints each
mismatch (call, expected, actual) and exits 1.

One connection is open at a time, since single-threaded servers (Thrift's TSimpleServer) serve
one connection at a time. The Python runtime prefixes one service per client, so SecondService
is checked first on a connection of its own.
"""

from __future__ import annotations

import asyncio
import pathlib
import sys
from collections.abc import Callable, Sequence
from typing import Any

# The generated module and the runtime, when PYTHONPATH does not name them already.
_HERE = pathlib.Path(__file__).resolve().parent
for _extra in (_HERE.parent / "target" / "generated-python", _HERE.parents[1] / "runtime-python"):
    if str(_extra) not in sys.path:
        sys.path.append(str(_extra))

import interop_suite  # noqa: E402
import interop_tls  # noqa: E402
from interop_checks import Checks  # noqa: E402
from interop_options import TestOptions, parse  # noqa: E402
from parley.aio import AsyncClient  # noqa: E402
from parley.rpc import Client  # noqa: E402
from thrift_test import (SecondServiceAsyncClient, SecondServiceClient,  # noqa: E402
                         ThriftTestAsyncClient, ThriftTestClient)

# Long enough for a slow peer, short enough to report a stuck one well within the runner's limit.
_CALL_TIMEOUT = 10.0


class Blocking:
    """Calls the methods of an asyncio client from plain code, each run to completion on ``loop``.

    The checks are written once, as plain calls; this lets them drive the asyncio client too.
    """

    def __init__(self, target: Any, loop: asyncio.AbstractEventLoop) -> None:
        self._target = target
        self._loop = loop

    def __getattr__(self, name: str) -> Callable[..., Any]:
        method = getattr(self._target, name)

        def call(*args: Any) -> Any:
            return self._loop.run_until_complete(method(*args))

        return call


def run_sync(options: TestOptions) -> Checks:
    """Runs the checks with the threaded client."""
    context = interop_tls.client_context() if options.ssl else None

    def connect(service: str) -> Client:
        return Client(options.host, options.port, protocol=options.protocol,
                      framing=options.framing,
                      service=service if options.multiplexed else None,
                      call_timeout=_CALL_TIMEOUT, ssl_context=context)

    checks = Checks()
    if options.multiplexed:
        with connect("SecondService") as channel:
            interop_suite.second_service(SecondServiceClient(channel), checks)
    with connect("ThriftTest") as channel:
        interop_suite.thrift_test(ThriftTestClient(channel), checks, options.skip_uuid)
    return checks


def run_async(options: TestOptions) -> Checks:
    """Runs the same checks with the asyncio client, on an event loop of its own."""
    context = interop_tls.client_context() if options.ssl else None

    def connect(service: str) -> AsyncClient:
        return AsyncClient(options.host, options.port, protocol=options.protocol,
                           framing=options.framing,
                           service=service if options.multiplexed else None,
                           call_timeout=_CALL_TIMEOUT, ssl_context=context)

    checks = Checks()
    loop = asyncio.new_event_loop()
    try:
        if options.multiplexed:
            second = connect("SecondService")
            try:
                interop_suite.second_service(Blocking(SecondServiceAsyncClient(second), loop), checks)
            finally:
                loop.run_until_complete(second.close())
        main = connect("ThriftTest")
        try:
            interop_suite.thrift_test(Blocking(ThriftTestAsyncClient(main), loop), checks,
                                      options.skip_uuid)
        finally:
            loop.run_until_complete(main.close())
    finally:
        loop.close()
    return checks


def report(subject: str, checks: Checks) -> str:
    """One line when everything passed, else every mismatch."""
    if not checks.mismatches:
        return f"{subject}: all {checks.checked} checks passed"
    lines = [f"{subject}: {len(checks.mismatches)} mismatches in {checks.checked} checks"]
    lines += ["  " + m.describe() for m in checks.mismatches]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    options = parse(argv, client=True)
    flavour = "asyncio " if options.use_async else ""
    subject = (f"Parley Python {flavour}client -> {options.host}:{options.port} "
               f"{options.describe()}")
    try:
        checks = run_async(options) if options.use_async else run_sync(options)
    except Exception as e:  # noqa: BLE001 - e.g. the server refused the connection
        print(f"{subject}: cannot start: {e!r}", flush=True)
        return 1
    print(report(subject, checks), flush=True)
    return 0 if not checks.mismatches else 1


if __name__ == "__main__":
    sys.exit(main())
