"""The command-line options of Parley's Python test server and client.

They are spelled as Apache Thrift's cross-test runner passes them: ``--port=N
--protocol=binary|compact|multi|multic --transport=buffered|framed [--ssl]``, and for the client
also ``--host=H`` and ``--skip-uuid``. ``--async`` picks the asyncio flavour. A bad command line
exits with code 2.
"""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Sequence

from parley import Framing, Protocol

# multi and multic are binary and compact with calls named Service:method.
_PROTOCOLS = {
    "binary": (Protocol.BINARY, False),
    "compact": (Protocol.COMPACT, False),
    "multi": (Protocol.BINARY, True),
    "multic": (Protocol.COMPACT, True),
}
_TRANSPORTS = {"buffered": Framing.BUFFERED, "framed": Framing.FRAMED}


@dataclasses.dataclass(frozen=True)
class TestOptions:
    """What the server serves or the client calls, and how."""

    host: str
    port: int
    protocol_name: str
    protocol: Protocol
    multiplexed: bool
    transport_name: str
    framing: Framing
    ssl: bool
    skip_uuid: bool
    use_async: bool

    def describe(self) -> str:
        """The options as ``protocol/transport[/ssl]``, for messages."""
        return f"{self.protocol_name}/{self.transport_name}" + ("/ssl" if self.ssl else "")


def parse(argv: Sequence[str] | None, *, client: bool) -> TestOptions:
    """Parses the arguments of the client, or of the server when ``client`` is false."""
    parser = argparse.ArgumentParser(
        prog="parley_test_client.py" if client else "parley_test_server.py",
        description=("Parley's conformance " + ("client" if client else "server")
                     + " for Apache Thrift's cross-test runner"))
    if client:
        parser.add_argument("--host", default="localhost")
        parser.add_argument("--skip-uuid", action="store_true",
                            help="do not call testUuid (servers generated from IDL without uuid)")
    parser.add_argument("--port", type=int, default=9090)
    parser.add_argument("--protocol", choices=sorted(_PROTOCOLS), default="binary")
    parser.add_argument("--transport", choices=sorted(_TRANSPORTS), default="buffered")
    parser.add_argument("--ssl", action="store_true")
    parser.add_argument("--async", dest="use_async", action="store_true",
                        help="use the asyncio " + ("client" if client else "server"))
    args = parser.parse_args(argv)
    if not 0 < args.port < 65536:
        parser.error(f"--port must be in 1..65535, not {args.port}")
    protocol, multiplexed = _PROTOCOLS[args.protocol]
    return TestOptions(
        host=args.host if client else "",
        port=args.port,
        protocol_name=args.protocol,
        protocol=protocol,
        multiplexed=multiplexed,
        transport_name=args.transport,
        framing=_TRANSPORTS[args.transport],
        ssl=args.ssl,
        skip_uuid=args.skip_uuid if client else False,
        use_async=args.use_async,
    )
