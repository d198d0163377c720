"""The Calc service written against Apache Thrift's Python library: structs, processor, client.

Shaped like what Thrift's compiler generates (thrift_spec tuples, TBase), so the C extension
is used when the protocol is accelerated. Import only when thrift is installed.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from thrift.protocol import TBinaryProtocol, TCompactProtocol
from thrift.protocol.TBase import TBase, TExceptionBase
from thrift.protocol.TMultiplexedProtocol import TMultiplexedProtocol
from thrift.server import TServer
from thrift.Thrift import TApplicationException, TMessageType, TType
from thrift.transport import TSocket, TTransport

from parley.protocol import Framing, Protocol

from .calc import Calc, DivideByZero


def make(name: str, fields: list[tuple[int, int, str, Any]], base: type = TBase) -> Any:
    spec: list[Any] = [None] * (max((f[0] for f in fields), default=-1) + 1)
    for fid, ttype, fname, args in fields:
        spec[fid] = (fid, ttype, fname, args, None)
    names = [f[2] for f in fields]

    def __init__(self: Any, **kwargs: Any) -> None:
        for n in names:
            setattr(self, n, kwargs.get(n))

    return type(name, (base,), {"thrift_spec": tuple(spec), "__init__": __init__})


TDivideByZero = make("DivideByZero", [(1, TType.STRING, "why", "UTF8")], TExceptionBase)
I32 = TType.I32
ARGS = {
    "add": make("add_args", [(1, I32, "a", None), (2, I32, "b", None)]),
    "echo": make("echo_args", [(1, TType.STRING, "data", "BINARY")]),
    "divide": make("divide_args", [(1, I32, "a", None), (2, I32, "b", None)]),
    "fail": make("fail_args", [(1, TType.STRING, "message", "UTF8")]),
    "notify": make("notify_args", [(1, TType.STRING, "note", "UTF8")]),
}
RESULTS = {
    "add": make("add_result", [(0, I32, "success", None)]),
    "echo": make("echo_result", [(0, TType.STRING, "success", "BINARY")]),
    "divide": make("divide_result", [(0, I32, "success", None),
                                     (1, TType.STRUCT, "err", [TDivideByZero, TDivideByZero.thrift_spec])]),
    "fail": make("fail_result", []),
}


class ThriftCalcProcessor:
    """A processor for Thrift's servers, written the way Thrift's generated processors are."""

    def __init__(self, impl: Calc) -> None:
        self.impl = impl

    def process(self, iprot: Any, oprot: Any) -> None:
        name, mtype, seqid = iprot.readMessageBegin()
        if name not in ARGS:
            iprot.skip(TType.STRUCT)
            iprot.readMessageEnd()
            self._send(oprot, name, TMessageType.EXCEPTION, seqid, TApplicationException(
                TApplicationException.UNKNOWN_METHOD, f"Unknown function {name}"))
            return
        args = ARGS[name]()
        args.read(iprot)
        iprot.readMessageEnd()
        if name == "notify":
            self.impl.notify(args.note)
            return
        result = RESULTS[name]()
        try:
            if name == "divide":
                try:
                    result.success = self.impl.divide(args.a, args.b)
                except DivideByZero as e:
                    result.err = TDivideByZero(why=e.why)
            elif name == "fail":
                self.impl.fail(args.message)
            elif name == "add":
                result.success = self.impl.add(args.a, args.b)
            else:
                result.success = self.impl.echo(args.data)
        except Exception as e:  # noqa: BLE001 - as Thrift's generated processors do
            self._send(oprot, name, TMessageType.EXCEPTION, seqid,
                       TApplicationException(TApplicationException.INTERNAL_ERROR, str(e)))
            return
        self._send(oprot, name, TMessageType.REPLY, seqid, result)

    @staticmethod
    def _send(oprot: Any, name: str, mtype: int, seqid: int, body: Any) -> None:
        oprot.writeMessageBegin(name, mtype, seqid)
        body.write(oprot)
        oprot.writeMessageEnd()
        oprot.trans.flush()


def protocol_factory(protocol: Protocol, accelerated: bool = False) -> Any:
    if protocol is Protocol.COMPACT:
        return (TCompactProtocol.TCompactProtocolAcceleratedFactory() if accelerated
                else TCompactProtocol.TCompactProtocolFactory())
    return (TBinaryProtocol.TBinaryProtocolAcceleratedFactory() if accelerated
            else TBinaryProtocol.TBinaryProtocolFactory())


def transport_factory(framing: Framing) -> Any:
    return (TTransport.TFramedTransportFactory() if framing is Framing.FRAMED
            else TTransport.TBufferedTransportFactory())


class _Stop(BaseException):
    """Ends Thrift's serve() loops, which log and retry on any Exception from accept()."""


@contextmanager
def thrift_server(processor: Any, protocol: Protocol, framing: Framing, threaded: bool,
                  accelerated: bool = False) -> Iterator[int]:
    """Runs Thrift's TSimpleServer or TThreadedServer on a free port."""
    transport = TSocket.TServerSocket(host="127.0.0.1", port=0)
    transport.listen()
    port = transport.handle.getsockname()[1]
    transport.listen = lambda: None  # already listening: serve() must not bind again
    stopping = threading.Event()
    accept = transport.accept

    def accept_until_stopped() -> Any:
        if stopping.is_set():
            raise _Stop()
        return accept()

    transport.accept = accept_until_stopped
    args = (processor, transport, transport_factory(framing), protocol_factory(protocol, accelerated))
    server = TServer.TThreadedServer(*args, daemon=True) if threaded else TServer.TSimpleServer(*args)

    def serve() -> None:
        try:
            server.serve()
        except (_Stop, Exception):  # noqa: BLE001 - ends when the listening socket is shut down
            pass

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield port
    finally:
        stopping.set()
        try:
            transport.handle.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        transport.close()
        thread.join(5)


class ThriftCalcClient:
    """A client built from Thrift's transports and protocols, calling by hand like generated code."""

    def __init__(self, port: int, protocol: Protocol, framing: Framing, service: str | None = None,
                 accelerated: bool = False) -> None:
        sock = TSocket.TSocket("127.0.0.1", port)
        sock.setTimeout(10_000)
        self.trans = (TTransport.TFramedTransport(sock) if framing is Framing.FRAMED
                      else TTransport.TBufferedTransport(sock))
        self.trans.open()
        proto = protocol_factory(protocol, accelerated).getProtocol(self.trans)
        self.iprot = proto
        self.oprot = TMultiplexedProtocol(proto, service) if service else proto
        self.seqid = 0

    def close(self) -> None:
        self.trans.close()

    def call(self, name: str, **kwargs: Any) -> Any:
        self.seqid += 1
        oneway = name == "notify"
        self.oprot.writeMessageBegin(name, TMessageType.ONEWAY if oneway else TMessageType.CALL, self.seqid)
        ARGS.get(name, ARGS["add"])(**kwargs).write(self.oprot)
        self.oprot.writeMessageEnd()
        self.oprot.trans.flush()
        if oneway:
            return None
        rname, mtype, rseqid = self.iprot.readMessageBegin()
        assert rseqid == self.seqid, (rseqid, self.seqid)
        if mtype == TMessageType.EXCEPTION:
            x = TApplicationException()
            x.read(self.iprot)
            self.iprot.readMessageEnd()
            raise x
        result = RESULTS[name]()
        result.read(self.iprot)
        self.iprot.readMessageEnd()
        return result
