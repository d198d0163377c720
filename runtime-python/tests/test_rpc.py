"""Client and Server over loopback sockets, in every protocol and framing."""

from __future__ import annotations

import socket
import threading
import time
import unittest

from parley.errors import ApplicationError, ApplicationErrorType as AE, TransportError, \
    TransportErrorKind as TE
from parley.protocol import Framing, Limits, MessageType, Protocol, TType, reader, writer
from parley.rpc import Channel, Client, Server, ServiceProcessor

from .calc import Calc, DivideByZero, calls, sync_processor
from .servers import free_port, raw_server, sync_server

MATRIX = [(p, f) for p in Protocol for f in Framing]


def exercise(test: unittest.TestCase, client: Channel, impl: Calc) -> None:
    """The calls every client/server pair must get right."""
    test.assertEqual(client.call(*calls.add(2, 3)), 5)
    test.assertEqual(client.call(*calls.add(-(2**31), 0)), -(2**31))
    big = bytes(range(256)) * 4000
    test.assertEqual(client.call(*calls.echo(big)), big)
    test.assertEqual(client.call(*calls.echo(b"")), b"")
    test.assertEqual(client.call(*calls.divide(7, 2)), 3)
    with test.assertRaises(DivideByZero) as declared:
        client.call(*calls.divide(1, 0))
    test.assertEqual(declared.exception.why, "cannot divide 1 by zero")
    with test.assertRaises(ApplicationError) as internal:
        client.call(*calls.fail("the handler broke"))
    test.assertEqual(internal.exception.type, AE.INTERNAL_ERROR)
    test.assertEqual(internal.exception.message, "the handler broke")
    with test.assertRaises(ApplicationError) as unknown:
        client.call("nonexistent", calls.add(1, 1)[1], calls.add(1, 1)[2])
    test.assertEqual(unknown.exception.type, AE.UNKNOWN_METHOD)
    impl.noted.clear()
    started = time.monotonic()
    client.send(*calls.notify("hello"))
    test.assertLess(time.monotonic() - started, 0.5)
    test.assertTrue(impl.noted.wait(5))
    test.assertEqual(client.call(*calls.add(40, 2)), 42, "a oneway call leaves no reply behind")


class ClientServerTest(unittest.TestCase):
    """Every protocol and framing, declared and undeclared errors, oneway, multiplexing."""

    def test_every_protocol_and_framing(self) -> None:
        for protocol, framing in MATRIX:
            with self.subTest(protocol=protocol.name, framing=framing.name):
                impl = Calc()
                with sync_server(sync_processor(impl), protocol=protocol, framing=framing) as server:
                    with Client("127.0.0.1", server.port, protocol=protocol, framing=framing) as c:
                        exercise(self, c, impl)

    def test_internal_errors_are_logged_with_traceback_and_sent_without(self) -> None:
        with sync_server(sync_processor(Calc())) as server, Client("127.0.0.1", server.port) as c:
            with self.assertLogs("parley.server", "ERROR") as logs:
                with self.assertRaises(ApplicationError) as caught:
                    c.call(*calls.fail("secret detail stays here"))
            self.assertEqual(str(caught.exception), "secret detail stays here")
            self.assertNotIn("Traceback", caught.exception.message or "")
            self.assertIsNotNone(logs.records[0].exc_info)
            self.assertIn("Traceback", logs.output[0])

    def test_multiplexed_services(self) -> None:
        one, two = Calc(), Calc()
        two.add = lambda a, b: a * b  # type: ignore[method-assign]
        for protocol, framing in MATRIX:
            with self.subTest(protocol=protocol.name, framing=framing.name):
                with sync_server(multiplexed=[sync_processor(one, "Calc"), sync_processor(two, "Times")],
                                 protocol=protocol, framing=framing) as server:
                    opts = dict(protocol=protocol, framing=framing)
                    with Client("127.0.0.1", server.port, service="Calc", **opts) as calc, \
                            Client("127.0.0.1", server.port, service="Times", **opts) as times:
                        exercise(self, calc, one)
                        self.assertEqual(times.call(*calls.add(6, 7)), 42)
                    for service, expected in (("Nope", "Unknown service 'Nope'"),
                                              (None, "Invalid method name: 'add'")):
                        with Client("127.0.0.1", server.port, service=service, **opts) as c:
                            with self.assertRaises(ApplicationError) as caught:
                                c.call(*calls.add(1, 2))
                            self.assertEqual(caught.exception.type, AE.UNKNOWN_METHOD)
                            self.assertIn(expected, str(caught.exception))

    def test_a_service_inherits_the_methods_it_extends(self) -> None:
        base = sync_processor(Calc(), "Base")
        times = Calc()
        times.add = lambda a, b: a * b  # type: ignore[method-assign]
        add = sync_processor(times).lookup("add")
        assert add is not None
        child = ServiceProcessor("Child").method("add", add.handler).inherit(base)  # type: ignore[arg-type]
        self.assertEqual(child.methods(), base.methods())
        with sync_server(child) as server, Client("127.0.0.1", server.port) as c:
            self.assertEqual(c.call(*calls.divide(9, 3)), 3, "inherited")
            self.assertEqual(c.call(*calls.add(6, 7)), 42, "its own method wins")

    def test_threads_share_a_client(self) -> None:
        errors: list[BaseException] = []
        with sync_server(sync_processor(Calc())) as server, Client("127.0.0.1", server.port) as c:
            def work(base: int) -> None:
                try:
                    for i in range(100):
                        assert c.call(*calls.add(base, i)) == base + i
                except BaseException as e:  # noqa: BLE001
                    errors.append(e)
            threads = [threading.Thread(target=work, args=(n * 1000,)) for n in range(4)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
        self.assertEqual(errors, [])


class FailureTest(unittest.TestCase):
    """Refused connections, timeouts, servers that die or lie, shutdown and limits."""

    def test_refused(self) -> None:
        with self.assertRaises(TransportError) as caught:
            Client("127.0.0.1", free_port())
        self.assertEqual(caught.exception.kind, TE.REFUSED)

    def test_call_timeout_closes_the_client(self) -> None:
        with sync_server(sync_processor(Calc())) as server:
            c = Client("127.0.0.1", server.port, call_timeout=0.2)
            started = time.monotonic()
            with self.assertRaises(TransportError) as caught:
                c.call(*calls.sleep(1.5))
            self.assertEqual(caught.exception.kind, TE.TIMED_OUT)
            self.assertLess(time.monotonic() - started, 1.0)
            with self.assertRaises(TransportError) as again:
                c.call(*calls.add(1, 1))
            self.assertEqual(again.exception.kind, TE.NOT_OPEN)

    def test_server_dies_mid_call(self) -> None:
        def die(sock: socket.socket) -> None:
            sock.recv(100)  # the call arrives, and the server goes away without replying

        for framing in Framing:
            with self.subTest(framing=framing.name), raw_server(die) as port:
                with Client("127.0.0.1", port, framing=framing) as c:
                    with self.assertRaises(TransportError) as caught:
                        c.call(*calls.add(1, 2))
                    self.assertEqual(caught.exception.kind, TE.CLOSED)
                    self.assertFalse(c.is_open)

    def test_reply_with_the_wrong_sequence_id(self) -> None:
        def lie(sock: socket.socket) -> None:
            sock.recv(1000)
            w = writer(Protocol.BINARY)
            w.message_begin("add", MessageType.REPLY, 999)
            w.struct_begin()
            w.field_stop()
            w.struct_end()
            sock.sendall(w.getvalue())
            time.sleep(0.2)

        with raw_server(lie) as port, Client("127.0.0.1", port) as c:
            with self.assertRaises(ApplicationError) as caught:
                c.call(*calls.add(1, 2))
            self.assertEqual(caught.exception.type, AE.BAD_SEQUENCE_ID)

    def test_shutdown_lets_calls_in_progress_finish(self) -> None:
        server = Server(sync_processor(Calc())).start()
        port = server.port
        results: list[object] = []
        with Client("127.0.0.1", port) as busy, Client("127.0.0.1", port) as idle:
            idle.call(*calls.add(1, 1))
            t = threading.Thread(target=lambda: results.append(busy.call(*calls.sleep(0.4))))
            t.start()
            time.sleep(0.1)
            server.shutdown(5.0)
            t.join()
            self.assertEqual(results, [None])
            with self.assertRaises(TransportError):
                idle.call(*calls.add(1, 1))
        with self.assertRaises(TransportError) as caught:
            Client("127.0.0.1", port)
        self.assertEqual(caught.exception.kind, TE.REFUSED)

    def test_connections_over_the_cap_are_closed(self) -> None:
        with sync_server(sync_processor(Calc()), max_workers=2) as server:
            with Client("127.0.0.1", server.port) as a, Client("127.0.0.1", server.port) as b:
                a.call(*calls.add(1, 1))
                b.call(*calls.add(1, 1))
                with Client("127.0.0.1", server.port) as c, self.assertRaises(TransportError) as caught:
                    c.call(*calls.add(1, 1))
                self.assertEqual(caught.exception.kind, TE.CLOSED)
            for _ in range(50):  # the two slots free up once the server sees both closes
                try:
                    with Client("127.0.0.1", server.port) as d:
                        self.assertEqual(d.call(*calls.add(2, 2)), 4)
                    break
                except TransportError:
                    time.sleep(0.05)
            else:
                self.fail("no slot became free")

    def test_idle_connections_are_closed_after_the_read_timeout(self) -> None:
        with sync_server(sync_processor(Calc()), read_timeout=0.2) as server:
            with socket.create_connection(("127.0.0.1", server.port), timeout=5) as sock:
                started = time.monotonic()
                self.assertEqual(sock.recv(10), b"")
                self.assertLess(time.monotonic() - started, 2.0)

    def test_frames_over_the_limit_are_refused_before_sending(self) -> None:
        with sync_server(sync_processor(Calc()), framing=Framing.FRAMED) as server:
            with Client("127.0.0.1", server.port, framing=Framing.FRAMED,
                        limits=Limits(max_frame_size=1000)) as c:
                with self.assertRaises(TransportError) as caught:
                    c.call(*calls.echo(b"x" * 2000))
                self.assertEqual(caught.exception.kind, TE.FRAME_TOO_LARGE)

    def test_application_error_round_trip(self) -> None:
        for protocol in Protocol:
            w = writer(protocol)
            ApplicationError(AE.PROTOCOL_ERROR, "bad").write(w)
            got = ApplicationError.read(reader(protocol, w.getvalue()))
            self.assertEqual((got.type, got.message), (AE.PROTOCOL_ERROR, "bad"))
            w = writer(protocol)
            w.struct_begin()
            w.field_begin(TType.I32, 2)
            w.write_i32(99)
            w.field_stop()
            w.struct_end()
            self.assertEqual(ApplicationError.read(reader(protocol, w.getvalue())).type, AE.UNKNOWN)


if __name__ == "__main__":
    unittest.main()
