"""TLS for both clients and both servers, with a self-signed certificate made at test time."""

from __future__ import annotations

import asyncio
import os
import socket
import ssl
import subprocess
import tempfile
import time
import unittest

from parley.aio import AsyncClient, AsyncServer
from parley.errors import TransportError
from parley.protocol import Framing, Protocol
from parley.rpc import Client

from .calc import Calc, async_processor, calls, sync_processor
from .peers import OPENSSL, needs_openssl
from .servers import async_server, sync_server
from .test_aio import exercise_async
from .test_rpc import exercise


@needs_openssl
class TlsTest(unittest.TestCase):
    """Every client and server over TLS; plain clients and untrusted certificates are refused."""

    tmp: tempfile.TemporaryDirectory[str]
    cert: str

    @classmethod
    def setUpClass(cls) -> None:
        cls.tmp = tempfile.TemporaryDirectory()
        cls.cert = os.path.join(cls.tmp.name, "cert.pem")
        cls.key = os.path.join(cls.tmp.name, "key.pem")
        assert OPENSSL is not None
        subprocess.run([OPENSSL, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                        "-nodes", "-keyout", cls.key, "-out", cls.cert, "-days", "1", "-subj", "/CN=localhost",
                        "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"],
                       check=True, capture_output=True, timeout=60)

    @classmethod
    def tearDownClass(cls) -> None:
        cls.tmp.cleanup()

    def server_context(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(self.cert, self.key)
        return ctx

    def client_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=self.cert)

    def test_blocking_client_and_server(self) -> None:
        for protocol, framing in ((Protocol.BINARY, Framing.BUFFERED), (Protocol.COMPACT, Framing.FRAMED)):
            with self.subTest(protocol=protocol.name, framing=framing.name):
                impl = Calc()
                with sync_server(sync_processor(impl), protocol=protocol, framing=framing,
                                 ssl_context=self.server_context()) as server, \
                        Client("127.0.0.1", server.port, protocol=protocol, framing=framing,
                               ssl_context=self.client_context(), server_hostname="localhost") as c:
                    exercise(self, c, impl)

    def test_asyncio_client_and_server(self) -> None:
        async def run() -> None:
            for framing in Framing:
                impl = Calc()
                async with AsyncServer(async_processor(impl), framing=framing,
                                       ssl_context=self.server_context()) as server, \
                        AsyncClient("127.0.0.1", server.port, framing=framing,
                                    ssl_context=self.client_context(), server_hostname="localhost") as c:
                    await exercise_async(self, c, impl)

        asyncio.run(run())

    def test_blocking_client_asyncio_server(self) -> None:
        impl = Calc()
        with async_server(async_processor(impl), ssl_context=self.server_context()) as server, \
                Client("127.0.0.1", server.port, ssl_context=self.client_context()) as c:
            exercise(self, c, impl)

    def test_untrusted_certificate_is_refused(self) -> None:
        with sync_server(sync_processor(Calc()), ssl_context=self.server_context()) as server:
            with self.assertRaises(TransportError):
                Client("127.0.0.1", server.port, ssl_context=ssl.create_default_context())
            with Client("127.0.0.1", server.port, ssl_context=self.client_context()) as c:
                self.assertEqual(c.call(*calls.add(1, 2)), 3, "the server survives a failed handshake")

    def test_a_handshake_that_never_comes_ends_at_the_read_timeout(self) -> None:
        with sync_server(sync_processor(Calc()), ssl_context=self.server_context(), read_timeout=0.3) as server:
            with socket.create_connection(("127.0.0.1", server.port), timeout=10) as raw:
                started = time.monotonic()
                try:
                    self.assertEqual(raw.recv(100), b"", "the server closes the connection")
                except ConnectionResetError:
                    pass  # as clean an ending
                self.assertLess(time.monotonic() - started, 5.0)
            with Client("127.0.0.1", server.port, ssl_context=self.client_context()) as c:
                self.assertEqual(c.call(*calls.add(1, 2)), 3)

    def test_plain_client_against_tls_server_fails_cleanly(self) -> None:
        with sync_server(sync_processor(Calc()), ssl_context=self.server_context()) as server:
            with Client("127.0.0.1", server.port, call_timeout=5) as c, self.assertRaises(TransportError):
                c.call(*calls.add(1, 2))
            with socket.create_connection(("127.0.0.1", server.port), timeout=5) as raw:
                raw.sendall(b"\x80\x01\x00\x01" * 100)
                try:
                    while raw.recv(4096):
                        pass
                except ConnectionResetError:
                    pass  # a reset is as clean an ending as a close
            with Client("127.0.0.1", server.port, ssl_context=self.client_context()) as c:
                self.assertEqual(c.call(*calls.add(1, 2)), 3)


if __name__ == "__main__":
    unittest.main()
