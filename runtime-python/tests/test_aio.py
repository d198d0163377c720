"""AsyncClient and AsyncServer over loopback sockets, and each with the blocking counterpart."""

from __future__ import annotations

import asyncio
import time
import unittest

from parley.aio import AsyncClient, AsyncServer, AsyncServiceProcessor
from parley.errors import ApplicationError, ApplicationErrorType as AE, TransportError, \
    TransportErrorKind as TE
from parley.protocol import Framing, Protocol
from parley.rpc import Client

from .calc import Calc, DivideByZero, async_processor, calls, sync_processor
from .servers import async_server, free_port, sync_server
from .test_rpc import MATRIX, exercise


async def exercise_async(test: unittest.TestCase, client: AsyncClient, impl: Calc) -> None:
    test.assertEqual(await client.call(*calls.add(2, 3)), 5)
    big = bytes(range(256)) * 4000
    test.assertEqual(await client.call(*calls.echo(big)), big)
    with test.assertRaises(DivideByZero) as declared:
        await client.call(*calls.divide(1, 0))
    test.assertEqual(declared.exception.why, "cannot divide 1 by zero")
    with test.assertRaises(ApplicationError) as internal:
        await client.call(*calls.fail("the handler broke"))
    test.assertEqual((internal.exception.type, internal.exception.message),
                     (AE.INTERNAL_ERROR, "the handler broke"))
    with test.assertRaises(ApplicationError) as unknown:
        await client.call("nonexistent", calls.add(1, 1)[1], calls.add(1, 1)[2])
    test.assertEqual(unknown.exception.type, AE.UNKNOWN_METHOD)
    impl.noted.clear()
    started = time.monotonic()
    await client.send(*calls.notify("hello"))
    test.assertLess(time.monotonic() - started, 0.5)
    for _ in range(100):
        if impl.noted.is_set():
            break
        await asyncio.sleep(0.01)
    test.assertTrue(impl.noted.is_set())
    test.assertEqual(await client.call(*calls.add(40, 2)), 42)


class AsyncClientServerTest(unittest.IsolatedAsyncioTestCase):
    """The asyncio pair in every protocol and framing, with errors, oneway and multiplexing."""

    async def test_every_protocol_and_framing(self) -> None:
        for protocol, framing in MATRIX:
            with self.subTest(protocol=protocol.name, framing=framing.name):
                impl = Calc()
                async with AsyncServer(async_processor(impl), protocol=protocol, framing=framing) as server:
                    async with AsyncClient("127.0.0.1", server.port, protocol=protocol,
                                           framing=framing) as c:
                        await exercise_async(self, c, impl)

    async def test_internal_errors_are_logged_with_traceback(self) -> None:
        async with AsyncServer(async_processor(Calc())) as server, \
                AsyncClient("127.0.0.1", server.port) as c:
            with self.assertLogs("parley.server", "ERROR") as logs:
                with self.assertRaises(ApplicationError) as caught:
                    await c.call(*calls.fail("secret detail stays here"))
            self.assertEqual(caught.exception.message, "secret detail stays here")
            self.assertIn("Traceback", logs.output[0])

    async def test_multiplexed_services(self) -> None:
        one = Calc()
        for framing in Framing:
            async with AsyncServer(multiplexed=[async_processor(one, "Calc"),
                                                async_processor(Calc(), "Other")],
                                   framing=framing, protocol=Protocol.COMPACT) as server:
                opts = dict(framing=framing, protocol=Protocol.COMPACT)
                async with AsyncClient("127.0.0.1", server.port, service="Calc", **opts) as c:
                    await exercise_async(self, c, one)
                async with AsyncClient("127.0.0.1", server.port, service="Nope", **opts) as c:
                    with self.assertRaises(ApplicationError) as caught:
                        await c.call(*calls.add(1, 2))
                    self.assertEqual(caught.exception.type, AE.UNKNOWN_METHOD)

    async def test_concurrent_calls_on_one_client_take_turns(self) -> None:
        async with AsyncServer(async_processor(Calc())) as server, \
                AsyncClient("127.0.0.1", server.port) as c:
            results = await asyncio.gather(*(c.call(*calls.add(i, i)) for i in range(50)))
            self.assertEqual(results, [2 * i for i in range(50)])

    async def test_refused(self) -> None:
        with self.assertRaises(TransportError) as caught:
            await AsyncClient("127.0.0.1", free_port()).connect()
        self.assertEqual(caught.exception.kind, TE.REFUSED)

    async def test_call_timeout(self) -> None:
        async with AsyncServer(async_processor(Calc())) as server:
            c = AsyncClient("127.0.0.1", server.port, call_timeout=0.2)
            with self.assertRaises(TransportError) as caught:
                await c.call(*calls.sleep(1.5))
            self.assertEqual(caught.exception.kind, TE.TIMED_OUT)
            with self.assertRaises(TransportError) as again:
                await c.call(*calls.add(1, 1))
            self.assertEqual(again.exception.kind, TE.NOT_OPEN)
            await c.close()

    async def test_server_shutdown_mid_call(self) -> None:
        server = await AsyncServer(async_processor(Calc())).start()
        async with AsyncClient("127.0.0.1", server.port) as c, \
                AsyncClient("127.0.0.1", server.port) as idle:
            await idle.call(*calls.add(1, 1))
            finishing = asyncio.ensure_future(c.call(*calls.sleep(0.3)))
            await asyncio.sleep(0.1)
            await server.shutdown(5.0)
            self.assertIsNone(await finishing, "a call in progress finishes")
            with self.assertRaises(TransportError):
                await idle.call(*calls.add(1, 1))
        server = await AsyncServer(async_processor(Calc())).start()
        async with AsyncClient("127.0.0.1", server.port) as c:
            dying = asyncio.ensure_future(c.call(*calls.sleep(5)))
            await asyncio.sleep(0.1)
            await server.shutdown(0.1)
            with self.assertRaises(TransportError) as caught:
                await dying
            self.assertEqual(caught.exception.kind, TE.CLOSED, "the server died mid-call")

    async def test_processor_inheritance(self) -> None:
        base = async_processor(Calc(), "Base")
        child = AsyncServiceProcessor("Child").inherit(base)
        async with AsyncServer(child) as server, AsyncClient("127.0.0.1", server.port) as c:
            self.assertEqual(await c.call(*calls.divide(9, 3)), 3)


class MixedTest(unittest.TestCase):
    """The blocking client with the asyncio server, and the asyncio client with the threaded one."""

    def test_blocking_client_asyncio_server(self) -> None:
        for protocol, framing in MATRIX:
            with self.subTest(protocol=protocol.name, framing=framing.name):
                impl = Calc()
                with async_server(async_processor(impl), protocol=protocol, framing=framing) as server, \
                        Client("127.0.0.1", server.port, protocol=protocol, framing=framing) as c:
                    exercise(self, c, impl)

    def test_asyncio_client_threaded_server(self) -> None:
        async def run(port: int, protocol: Protocol, framing: Framing, impl: Calc) -> None:
            async with AsyncClient("127.0.0.1", port, protocol=protocol, framing=framing) as c:
                await exercise_async(self, c, impl)

        for protocol, framing in MATRIX:
            with self.subTest(protocol=protocol.name, framing=framing.name):
                impl = Calc()
                with sync_server(sync_processor(impl), protocol=protocol, framing=framing) as server:
                    asyncio.run(run(server.port, protocol, framing, impl))


if __name__ == "__main__":
    unittest.main()
