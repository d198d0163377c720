"""Malformed input against running servers: each ends cleanly, fast, and the server keeps serving."""

from __future__ import annotations

import resource
import socket
import struct
import time
import unittest
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from typing import Any

from parley.errors import ApplicationError, ApplicationErrorType as AE, ProtocolError
from parley.errors import ProtocolErrorKind as K
from parley.protocol import Framing, MessageType, Protocol, reader
from parley.rpc import Client

from .calc import Calc, async_processor, calls, sync_processor
from .hostile import Hostile, cases, envelope
from .servers import async_server, sync_server

# Far longer than any case may take, so a server that merely times out is caught.
READ_TIMEOUT = 20.0
DEADLINE = 5.0
EXPECTED_REPLIES = {AE.PROTOCOL_ERROR, AE.INVALID_MESSAGE_TYPE, AE.UNKNOWN_METHOD}


def framed(data: bytes) -> bytes:
    return struct.pack("!i", len(data)) + data


def frame_cases(p: Protocol) -> list[Hostile]:
    """Damage only a framed transport can suffer."""
    return [
        Hostile("truncated frame", struct.pack("!i", 100) + envelope(p)[:5], K.INVALID_DATA, False),
        Hostile("negative frame size", struct.pack("!i", -8) + b"\0" * 8, K.NEGATIVE_SIZE, True),
        Hostile("frame over the limit", struct.pack("!i", 0x7FFFFFFF) + b"\0" * 8, K.SIZE_LIMIT, True),
        Hostile("empty frame", struct.pack("!i", 0), K.INVALID_DATA, True),
        Hostile("three bytes of a frame header", b"\0\0\0", K.INVALID_DATA, False),
        Hostile("invalid message type", framed(envelope(p, mtype=7) + b"\0" * 4), K.INVALID_DATA, True),
    ]


def stream_cases(p: Protocol) -> list[Hostile]:
    return [Hostile("invalid message type", envelope(p, mtype=7) + b"\0" * 4, K.INVALID_DATA, True)]


def all_cases(p: Protocol, framing: Framing) -> Iterator[Hostile]:
    for case in cases(p):
        yield Hostile(case.name, framed(case.data), case.kind, True) if framing is Framing.FRAMED else case
    yield from frame_cases(p) if framing is Framing.FRAMED else stream_cases(p)


def replies(data: bytes, p: Protocol, framing: Framing) -> list[ApplicationError] | None:
    """The error replies in ``data``, or None while the last one is incomplete."""
    out: list[ApplicationError] = []
    while data:
        if framing is Framing.FRAMED:
            if len(data) < 4 or len(data) < 4 + struct.unpack("!i", data[:4])[0]:
                return None
            size = struct.unpack("!i", data[:4])[0]
            message, data = data[4:4 + size], data[4 + size:]
        else:
            message, data = data, b""
        try:
            r = reader(p, message)
            _, mtype, _ = r.message_begin()
            if mtype != MessageType.EXCEPTION:
                raise AssertionError(f"a malformed call got a reply of type {mtype}")
            out.append(ApplicationError.read(r))
        except ProtocolError:
            return None
        if framing is not Framing.FRAMED and r.buffered:
            data = message[len(message) - r.buffered:]
    return out


def conversation(port: int, p: Protocol, framing: Framing, data: bytes, trickle: bool,
                 half_close: bool) -> tuple[str, list[ApplicationError]]:
    """Sends ``data`` and returns how the server ended it: ("closed" | "replied", replies)."""
    got = b""
    with socket.create_connection(("127.0.0.1", port), timeout=DEADLINE) as sock:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        try:
            for chunk in ([data[i:i + 1] for i in range(len(data))] if trickle else [data]):
                sock.sendall(chunk)
            if half_close:
                sock.shutdown(socket.SHUT_WR)
        except OSError:
            pass  # the server hung up before everything was sent
        deadline = time.monotonic() + DEADLINE
        while time.monotonic() < deadline:
            try:
                chunk = sock.recv(65536)
            except ConnectionResetError:
                chunk = b""
            except socket.timeout:
                break
            if not chunk:
                return "closed", replies(got, p, framing) or []
            got += chunk
            parsed = replies(got, p, framing)
            if parsed and not half_close:
                return "replied", parsed
        raise AssertionError(f"no reply and no close within {DEADLINE} s; got {got!r}")


ServerFactory = Callable[..., AbstractContextManager[Any]]


class HostileInputTest(unittest.TestCase):
    """The CVE checklist against the threaded and the asyncio server, all at once and byte by byte."""

    def run_against(self, make_server: ServerFactory, processor: Any) -> None:
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        for p in Protocol:
            for framing in Framing:
                with make_server(processor, protocol=p, framing=framing, read_timeout=READ_TIMEOUT) as server:
                    for case in all_cases(p, framing):
                        for trickle in (False, True):
                            modes = (True, False) if case.decisive else (True,)
                            for half_close in modes:
                                with self.subTest(protocol=p.name, framing=framing.name, case=case.name,
                                                  trickle=trickle, half_close=half_close):
                                    started = time.monotonic()
                                    how, errors = conversation(server.port, p, framing, case.data, trickle,
                                                               half_close)
                                    self.assertLess(time.monotonic() - started, DEADLINE)
                                    for e in errors:
                                        self.assertIn(e.type, EXPECTED_REPLIES, e)
                                        self.assertNotIn("Traceback", e.message or "")
                    with Client("127.0.0.1", server.port, protocol=p, framing=framing, call_timeout=5) as c:
                        self.assertEqual(c.call(*calls.add(20, 22)), 42, "the server still serves")
        growth_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before
        self.assertLess(growth_kib, 200 * 1024, "hostile input made the server allocate")

    def test_threaded_server(self) -> None:
        self.run_against(sync_server, sync_processor(Calc()))

    def test_asyncio_server(self) -> None:
        self.run_against(async_server, async_processor(Calc()))


if __name__ == "__main__":
    unittest.main()
