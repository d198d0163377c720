"""ThriftTest server on thriftpy2, which loads the IDL at run time instead of generating code.

Usage: thriftpy2_test_server.py --idl=FILE --port=N [--protocol=binary|compact|multi|multic]
       [--transport=buffered|framed]

FILE is the uuid-free copy of ThriftTest.thrift (thriftpy2 has no uuid type). Multiplexed
protocols serve ThriftTest and SecondService by name, and plain ThriftTest calls too.
"""

import socket

import peer_options
import thriftpy2_peer
from peer_handler import ConformanceHandler, SecondHandler


def multiplexed_processor(test_processor, second_processor):
    """thriftpy2's multiplexed processor, taught to send calls without a service name to ThriftTest.

    thriftpy2 has no registerDefault: its TMultiplexedProcessor rejects an unprefixed call, where
    Apache Thrift's test servers serve it with the default processor.
    """
    from thriftpy2.thrift import TMultiplexedProcessor

    class WithDefault(TMultiplexedProcessor):
        def process_in(self, iprot):
            api, kind, seqid = iprot.read_message_begin()
            if TMultiplexedProcessor.SEPARATOR not in api:
                api = "ThriftTest" + TMultiplexedProcessor.SEPARATOR + api

            # Hands the message begin already read to the parent, which reads it itself.
            class Replay:
                def __getattr__(self, name):
                    return getattr(iprot, name)

                def read_message_begin(self):
                    return api, kind, seqid
            return super().process_in(Replay())

    processor = WithDefault()
    processor.register_processor("ThriftTest", test_processor)
    processor.register_processor("SecondService", second_processor)
    return processor


def main():
    p = peer_options.parser("ThriftTest server on thriftpy2", client=False)
    p.add_argument("--idl", required=True, help="the uuid-free copy of ThriftTest.thrift")
    options = p.parse_args()

    import thriftpy2
    from thriftpy2.server import TThreadedServer
    from thriftpy2.thrift import TApplicationException, TProcessor
    from thriftpy2.transport import TServerSocket

    t = thriftpy2_peer.load_idl(options.idl)
    # thriftpy2 closes the connection on any other exception from a handler; a
    # TApplicationException is what it sends back as a failed call.
    handler = ConformanceHandler(t, lambda: TApplicationException(
        TApplicationException.INTERNAL_ERROR, "This is a TException"))
    processor = TProcessor(t.ThriftTest, handler)
    if peer_options.is_multiplexed(options.protocol):
        processor = multiplexed_processor(processor, TProcessor(t.SecondService, SecondHandler()))

    # "::" with IPv6 takes IPv4 connections too; no client timeout, as Apache Thrift's servers.
    server_socket = TServerSocket(host="::", port=options.port, socket_family=socket.AF_INET6,
                                  client_timeout=None)
    server = TThreadedServer(processor, server_socket,
                             iprot_factory=thriftpy2_peer.protocol_factory(options.protocol),
                             itrans_factory=thriftpy2_peer.transport_factory(options.transport),
                             daemon=True)
    print("thriftpy2 %s server on port %d: %s/%s"
          % (thriftpy2.__version__, options.port, options.protocol, options.transport), flush=True)
    server.serve()


if __name__ == "__main__":
    main()
