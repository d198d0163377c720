#!/usr/bin/env python3
"""Parley's Python conformance server for Apache Thrift's cross-test runner.

``parley_test_server.py --port=N --protocol=binary|compact|multi|multic
--transport=buffered|framed [--ssl] [--async]`` serves ThriftTest (and, multiplexed, ThriftTest and
SecondService as ``Service:method``) with the threaded ``parley.rpc.Server``, or with
``parley.aio.AsyncServer`` under ``--async``, until SIGTERM or SIGINT shuts it down gracefully.
"""

from __future__ import annotations

import asyncio
import pathlib
import signal
import sys
from collections.abc import Sequence

# The generated module and the runtime, when PYTHONPATH does not name them already.
_HERE = pathlib.Path(__file__).resolve().parent
for _extra in (_HERE.parent / "target" / "generated-python", _HERE.parents[1] / "runtime-python"):
    if str(_extra) not in sys.path:
        sys.path.append(str(_extra))

import interop_tls  # noqa: E402
from interop_handlers import (AsyncSecondServiceHandler, AsyncThriftTestHandler,  # noqa: E402
                              SecondServiceHandler, ThriftTestHandler, keep_out_of_server_log)
from interop_options import TestOptions, parse  # noqa: E402
from parley.aio import AsyncServer  # noqa: E402
from parley.rpc import Server  # noqa: E402
from thrift_test import (second_service_async_processor, second_service_processor,  # noqa: E402
                         thrift_test_async_processor, thrift_test_processor)

_STOP_SIGNALS = {signal.SIGTERM, signal.SIGINT}
_GRACE_SECONDS = 2.0


def serve_threaded(options: TestOptions) -> None:
    """Serves with one worker thread per connection until a stop signal arrives."""
    # Blocked before any thread starts, so every thread inherits the mask and the signal waits
    # for sigwait below instead of interrupting a worker.
    signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
    handler = ThriftTestHandler()
    processor = thrift_test_processor(handler)
    multiplexed = ([processor, second_service_processor(SecondServiceHandler())]
                   if options.multiplexed else [])
    server = Server(processor, host=options.host, port=options.port, protocol=options.protocol,
                    framing=options.framing, multiplexed=multiplexed,
                    ssl_context=interop_tls.server_context() if options.ssl else None).start()
    print(f"Parley Python test server listening on port {server.port} ({options.describe()})",
          flush=True)
    signal.sigwait(_STOP_SIGNALS)
    handler.stop()
    server.shutdown(_GRACE_SECONDS)


async def serve_async(options: TestOptions) -> None:
    """Serves with asyncio until a stop signal arrives."""
    handler = AsyncThriftTestHandler(ThriftTestHandler())
    processor = thrift_test_async_processor(handler)
    multiplexed = ([processor, second_service_async_processor(AsyncSecondServiceHandler())]
                   if options.multiplexed else [])
    server = AsyncServer(processor, host=options.host, port=options.port,
                         protocol=options.protocol, framing=options.framing,
                         multiplexed=multiplexed,
                         ssl_context=interop_tls.server_context() if options.ssl else None)
    await server.start()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in _STOP_SIGNALS:
        loop.add_signal_handler(sig, stop.set)
    print(f"Parley Python asyncio test server listening on port {server.port} "
          f"({options.describe()})", flush=True)
    await stop.wait()
    handler.stop()
    await server.shutdown(_GRACE_SECONDS)


def main(argv: Sequence[str] | None = None) -> int:
    options = parse(argv, client=False)
    keep_out_of_server_log()
    if options.use_async:
        asyncio.run(serve_async(options))
    else:
        serve_threaded(options)
    return 0


if __name__ == "__main__":
    sys.exit(main())
