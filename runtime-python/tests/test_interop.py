"""Parley's clients and servers with Apache Thrift's own, over real sockets, in every combination."""

from __future__ import annotations

import logging
import unittest
from typing import Any

from parley.errors import ApplicationError, ApplicationErrorType as AE
from parley.protocol import Framing, Protocol
from parley.rpc import Client

from .calc import Calc, async_processor, sync_processor
from .peers import THRIFT_MISSING, needs_thrift
from .servers import async_server, sync_server
from .test_rpc import MATRIX, exercise

if THRIFT_MISSING is None:
    from thrift.Thrift import TApplicationException
    from thrift.TMultiplexedProcessor import TMultiplexedProcessor

    from .thrift_calc import ThriftCalcClient, ThriftCalcProcessor, thrift_server

logging.getLogger("thrift").addHandler(logging.NullHandler())


def thrift_exercise(test: unittest.TestCase, c: Any, impl: Calc) -> None:
    """What Thrift's client must get from a Parley server."""
    test.assertEqual(c.call("add", a=2, b=3).success, 5)
    big = bytes(range(256)) * 1000
    test.assertEqual(c.call("echo", data=big).success, big)
    result = c.call("divide", a=1, b=0)
    test.assertEqual((result.success, result.err.why), (None, "cannot divide 1 by zero"))
    test.assertEqual(c.call("divide", a=9, b=2).success, 4)
    with test.assertRaises(TApplicationException) as internal:
        c.call("fail", message="handler broke")
    test.assertEqual((internal.exception.type, internal.exception.message),
                     (TApplicationException.INTERNAL_ERROR, "handler broke"))
    with test.assertRaises(TApplicationException) as unknown:
        c.call("nope", a=1, b=2)
    test.assertEqual(unknown.exception.type, TApplicationException.UNKNOWN_METHOD)
    impl.noted.clear()
    c.call("notify", note="hi")
    test.assertTrue(impl.noted.wait(5))
    test.assertEqual(c.call("add", a=40, b=2).success, 42)


@needs_thrift
class ParleyClientThriftServerTest(unittest.TestCase):
    """Parley's Client against TSimpleServer and TThreadedServer, plain and multiplexed."""

    def test_every_protocol_framing_and_server(self) -> None:
        for protocol, framing in MATRIX:
            for threaded in (False, True):
                with self.subTest(protocol=protocol.name, framing=framing.name, threaded=threaded):
                    impl = Calc()
                    with thrift_server(ThriftCalcProcessor(impl), protocol, framing, threaded,
                                       accelerated=threaded) as port, \
                            Client("127.0.0.1", port, protocol=protocol, framing=framing) as c:
                        exercise(self, c, impl)

    def test_multiplexed(self) -> None:
        for protocol, framing in MATRIX:
            with self.subTest(protocol=protocol.name, framing=framing.name):
                impl = Calc()
                mux = TMultiplexedProcessor()
                mux.registerProcessor("Calc", ThriftCalcProcessor(impl))
                with thrift_server(mux, protocol, framing, True) as port, \
                        Client("127.0.0.1", port, protocol=protocol, framing=framing, service="Calc") as c:
                    exercise(self, c, impl)


@needs_thrift
class ThriftClientParleyServerTest(unittest.TestCase):
    """Thrift's client (pure and accelerated) against Parley's threaded and asyncio servers."""

    def test_every_protocol_and_framing(self) -> None:
        for protocol, framing in MATRIX:
            for accelerated in (False, True):
                with self.subTest(protocol=protocol.name, framing=framing.name, accelerated=accelerated):
                    impl = Calc()
                    with sync_server(sync_processor(impl), protocol=protocol, framing=framing) as server:
                        c = ThriftCalcClient(server.port, protocol, framing, accelerated=accelerated)
                        try:
                            thrift_exercise(self, c, impl)
                        finally:
                            c.close()

    def test_asyncio_server(self) -> None:
        for protocol, framing in MATRIX:
            with self.subTest(protocol=protocol.name, framing=framing.name):
                impl = Calc()
                with async_server(async_processor(impl), protocol=protocol, framing=framing) as server:
                    c = ThriftCalcClient(server.port, protocol, framing)
                    try:
                        thrift_exercise(self, c, impl)
                    finally:
                        c.close()

    def test_multiplexed_protocol(self) -> None:
        for protocol, framing in MATRIX:
            with self.subTest(protocol=protocol.name, framing=framing.name):
                impl = Calc()
                with sync_server(multiplexed=[sync_processor(impl, "Calc")], protocol=protocol,
                                 framing=framing) as server:
                    c = ThriftCalcClient(server.port, protocol, framing, service="Calc")
                    try:
                        thrift_exercise(self, c, impl)
                    finally:
                        c.close()
                    c = ThriftCalcClient(server.port, protocol, framing, service="Other")
                    try:
                        with self.assertRaises(TApplicationException) as caught:
                            c.call("add", a=1, b=2)
                        self.assertEqual(caught.exception.type, AE.UNKNOWN_METHOD)
                    finally:
                        c.close()


@needs_thrift
class ApplicationErrorBytesTest(unittest.TestCase):
    """ApplicationError and Thrift's TApplicationException are the same struct on the wire."""

    def test_both_directions(self) -> None:
        from parley.protocol import reader, writer
        from thrift.transport.TTransport import TMemoryBuffer

        from .test_thrift_bytes import thrift_protocol
        for protocol in Protocol:
            w = writer(protocol)
            ApplicationError(AE.WRONG_METHOD_NAME, "odd name").write(w)
            buf = TMemoryBuffer()
            TApplicationException(TApplicationException.WRONG_METHOD_NAME, "odd name").write(
                thrift_protocol(protocol, buf))
            self.assertEqual(w.getvalue(), buf.getvalue())
            back = ApplicationError.read(reader(protocol, buf.getvalue()))
            self.assertEqual((back.type, back.message), (AE.WRONG_METHOD_NAME, "odd name"))


if __name__ == "__main__":
    unittest.main()
