"""Connection and SocketStream: frames however they arrive, and deadlines that hold."""

from __future__ import annotations

import socket
import struct
import sys
import threading
import time
import unittest
from typing import Callable

from parley.connection import Connection, SocketStream
from parley.errors import TransportError, TransportErrorKind as TE
from parley.protocol import Framing, Limits, MessageType, Protocol, writer
from parley.rpc import Client

from .calc import Calc, calls, sync_processor
from .servers import sync_server


def frame(name: str, seqid: int) -> bytes:
    """A framed compact message with an empty struct."""
    w = writer(Protocol.COMPACT)
    w.message_begin(name, MessageType.CALL, seqid)
    w.struct_begin()
    w.field_stop()
    w.struct_end()
    body = w.getvalue()
    return struct.pack("!i", len(body)) + body


class FramesTest(unittest.TestCase):
    """A frame is read with one system call when it can be, and never loses its neighbours."""

    def setUp(self) -> None:
        self.ours, self.theirs = socket.socketpair()
        self.conn = Connection(self.ours, Protocol.COMPACT, Framing.FRAMED, Limits(), 5.0)

    def tearDown(self) -> None:
        self.conn.close()
        self.theirs.close()

    def receive_names(self, n: int) -> list[tuple[str, int]]:
        out = []
        for _ in range(n):
            r = self.conn.receive()
            assert r is not None
            name, _, seqid = r.message_begin()
            out.append((name, seqid))
        return out

    def test_frames_that_arrive_together_are_read_one_by_one(self) -> None:
        self.theirs.sendall(frame("first", 1) + frame("second", 2) + frame("third", 3))
        self.assertEqual(self.receive_names(3), [("first", 1), ("second", 2), ("third", 3)])
        self.theirs.close()
        self.assertIsNone(self.conn.receive(), "a clean end after the last frame")

    def test_a_frame_dribbled_a_byte_at_a_time(self) -> None:
        data = frame("slow", 7) + frame("next", 8)

        def dribble() -> None:
            for i in range(len(data)):
                self.theirs.sendall(data[i:i + 1])
                time.sleep(0.002)

        t = threading.Thread(target=dribble)
        t.start()
        try:
            self.assertEqual(self.receive_names(2), [("slow", 7), ("next", 8)])
        finally:
            t.join()

    def test_a_frame_larger_than_what_is_read_ahead(self) -> None:
        big = b"x" * 200_000
        w = writer(Protocol.COMPACT)
        w.message_begin("big", MessageType.CALL, 9)
        w.struct_begin()
        w.field_begin(11, 1)
        w.write_binary(big)
        w.field_stop()
        w.struct_end()
        body = w.getvalue()
        sender = threading.Thread(target=self.theirs.sendall,
                                  args=(struct.pack("!i", len(body)) + body + frame("after", 10),))
        sender.start()
        try:
            r = self.conn.receive()
            assert r is not None
            self.assertEqual(r.message_begin(), ("big", MessageType.CALL, 9))
            r.struct_begin()
            self.assertEqual(r.field_begin(), (11, 1))
            self.assertEqual(r.read_binary(), big)
            self.assertEqual(self.receive_names(1), [("after", 10)])
        finally:
            sender.join()

    def test_reading_nothing_does_not_wait(self) -> None:
        stream = self.conn.stream
        started = time.monotonic()
        self.assertEqual((stream.read(0), stream.read_exact(0)), (b"", b""))
        self.assertLess(time.monotonic() - started, 1.0)
        self.theirs.sendall(b"abc")
        self.assertEqual((stream.read(1), stream.read(0), stream.read_exact(2)), (b"a", b"", b"bc"))

    def test_bodies_across_read_ahead_blocks(self) -> None:
        # Frames of sizes around the read-ahead, sent back to back: each body spans the bytes
        # read ahead with its header and a read of its own.
        bodies = [bytes([i]) * size for i, size in enumerate((4, 4091, 4092, 65530, 65532, 65533, 70000, 3))]
        data = b"".join(struct.pack("!i", len(b)) + b for b in bodies)
        sender = threading.Thread(target=self.theirs.sendall, args=(data,))
        sender.start()
        try:
            for body in bodies:
                size = struct.unpack("!i", self.conn.stream.read_exact(4))[0]
                self.assertEqual(self.conn.stream.read_exact(size), body)
        finally:
            sender.join()

    def test_a_header_cut_short_by_the_peer_is_an_error(self) -> None:
        self.theirs.sendall(b"\x00\x00")
        self.theirs.close()
        with self.assertRaises(TransportError) as caught:
            self.conn.receive()
        self.assertEqual(caught.exception.kind, TE.CLOSED)


class DeadlineTest(unittest.TestCase):
    """Waits end at the deadline, or at the stream's own timeout without one, never early, whether
    the kernel (Linux, plain sockets) or Python enforces them; the timeout is set on change only."""

    def timed_out(self, wait: Callable[[], object]) -> float:
        started = time.monotonic()
        with self.assertRaises(TransportError) as caught:
            wait()
        self.assertEqual(caught.exception.kind, TE.TIMED_OUT)
        return time.monotonic() - started

    def test_reads_wait_until_the_deadline_then_for_the_streams_own_timeout(self) -> None:
        for kernel in (True, False):
            with self.subTest(kernel_timeouts=kernel):
                a, b = socket.socketpair()
                with a, b:
                    stream = SocketStream(a, 0.5, kernel)
                    if kernel and sys.platform.startswith("linux"):
                        self.assertIsNone(a.gettimeout(), "the kernel times the waits")
                        armed = a.getsockopt(socket.SOL_SOCKET, socket.SO_RCVTIMEO, 16)
                        self.assertNotEqual(armed, bytes(16))
                    deadline = stream.deadline = time.monotonic() + 0.15
                    b.sendall(b"hi")
                    self.assertEqual(stream.read(10), b"hi")
                    self.timed_out(lambda: stream.read(10))
                    self.assertGreaterEqual(time.monotonic(), deadline, "never before the deadline")
                    self.assertLess(time.monotonic(), deadline + 0.3)
                    stream.deadline = None
                    b.sendall(b"again")
                    self.assertEqual(stream.read(10), b"again")
                    took = self.timed_out(lambda: stream.read(10))
                    self.assertGreaterEqual(took, 0.5)
                    self.assertLess(took, 1.5)

    def test_a_send_the_peer_does_not_read_times_out_at_the_deadline(self) -> None:
        for kernel in (True, False):
            with self.subTest(kernel_timeouts=kernel):
                a, b = socket.socketpair()
                with a, b:
                    stream = SocketStream(a, None, kernel)
                    deadline = stream.deadline = time.monotonic() + 0.2
                    self.timed_out(lambda: stream.write(bytes(64 << 20)))
                    self.assertGreaterEqual(time.monotonic(), deadline)
                    self.assertLess(time.monotonic(), deadline + 1.0)

    def test_calls_made_back_to_back_with_one_timeout_set_it_once(self) -> None:
        class Counting(socket.socket):  # a subclass: the stream uses Python's timeout on it
            settings = 0

            def settimeout(self, value: float | None) -> None:
                Counting.settings += 1
                super().settimeout(value)

        a, b = socket.socketpair()
        with a, b, Counting(fileno=a.detach()) as counted:
            stream = SocketStream(counted, None)
            for _ in range(200):
                stream.deadline = time.monotonic() + 5
                stream.write(b"ping")
                self.assertEqual(b.recv(10), b"ping")
                b.sendall(b"pong")
                self.assertEqual(stream.read(10), b"pong")
            self.assertLessEqual(Counting.settings, 10, "set once, then again only if calls slow down")

    def test_a_passed_deadline_fails_before_touching_the_socket(self) -> None:
        a, b = socket.socketpair()
        with a, b:
            stream = SocketStream(a, None)
            stream.deadline = time.monotonic() - 0.001
            b.sendall(b"waiting")
            with self.assertRaises(TransportError) as caught:
                stream.read(10)
            self.assertEqual(caught.exception.kind, TE.TIMED_OUT)

    def test_many_fast_calls_then_a_slow_one_times_out_on_time(self) -> None:
        with sync_server(sync_processor(Calc())) as server:
            with Client("127.0.0.1", server.port, call_timeout=0.4) as c:
                for i in range(300):
                    self.assertEqual(c.call(*calls.add(i, 1)), i + 1)
                self.assertIsNone(c.call(*calls.sleep(0.1)), "a call inside its timeout succeeds")
                started = time.monotonic()
                with self.assertRaises(TransportError) as caught:
                    c.call(*calls.sleep(3))
                took = time.monotonic() - started
                self.assertEqual(caught.exception.kind, TE.TIMED_OUT)
                self.assertGreaterEqual(took, 0.4, "never before the deadline")
                self.assertLess(took, 2.0)


if __name__ == "__main__":
    unittest.main()
