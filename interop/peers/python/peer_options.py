"""Command-line options of the peer scripts, spelled as Apache Thrift's cross-test runner passes them."""

import argparse

PROTOCOLS = ("binary", "compact", "multi", "multic")
TRANSPORTS = ("buffered", "framed")


def parser(description: str, client: bool) -> argparse.ArgumentParser:
    """The options every server (and, with ``client``, every client) takes: --port=N and friends."""
    p = argparse.ArgumentParser(description=description)
    if client:
        p.add_argument("--host", default="localhost", help="server to call (default localhost)")
        p.add_argument("--timeout-ms", type=int, default=10000,
                       help="socket timeout of each call in milliseconds (default 10000)")
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--protocol", choices=PROTOCOLS, default="binary",
                   help="multi/multic: multiplexed binary/compact")
    p.add_argument("--transport", choices=TRANSPORTS, default="buffered")
    return p


def is_compact(protocol: str) -> bool:
    """Whether the protocol option names the compact protocol (plain or multiplexed)."""
    return protocol in ("compact", "multic")


def is_multiplexed(protocol: str) -> bool:
    """Whether the protocol option names a multiplexed protocol."""
    return protocol in ("multi", "multic")
