"""ThriftTest client on thriftpy2, which loads the IDL at run time instead of generating code.

Usage: thriftpy2_test_client.py --idl=FILE --port=N [--host=H] [--protocol=binary|compact|multi|multic]
       [--transport=buffered|framed] [--timeout-ms=MS]

Calls every ThriftTest method (not testUuid: thriftpy2 has no uuid type) and, multiplexed,
SecondService. Exits 0 when every check passed, 1 when one failed and 2 when the server cannot be
reached.
"""

import socket
import sys

import peer_checks
import peer_options
import thriftpy2_peer


def main():
    p = peer_options.parser("ThriftTest client on thriftpy2", client=True)
    p.add_argument("--idl", required=True, help="the uuid-free copy of ThriftTest.thrift")
    options = p.parse_args()

    import thriftpy2
    from thriftpy2.protocol import TMultiplexedProtocol
    from thriftpy2.thrift import TApplicationException, TClient
    from thriftpy2.transport import TSocket

    t = thriftpy2_peer.load_idl(options.idl)
    family = socket.AF_INET6 if ":" in options.host else socket.AF_INET
    sock = TSocket(options.host, options.port, socket_family=family,
                   socket_timeout=options.timeout_ms, connect_timeout=options.timeout_ms)
    transport = thriftpy2_peer.transport_factory(options.transport).get_transport(sock)
    name = "thriftpy2 %s client" % thriftpy2.__version__
    try:
        transport.open()
    except Exception as e:
        print("%s: cannot connect to %s:%d: %s" % (name, options.host, options.port, e), flush=True)
        return 2
    protocol = thriftpy2_peer.protocol_factory(options.protocol).get_protocol(transport)
    second = None
    if peer_options.is_multiplexed(options.protocol):
        client = TClient(t.ThriftTest, TMultiplexedProtocol(protocol, "ThriftTest"))
        second = TClient(t.SecondService, TMultiplexedProtocol(protocol, "SecondService"))
    else:
        client = TClient(t.ThriftTest, protocol)
    try:
        checks = peer_checks.run_all(client, second, t, TApplicationException)
    finally:
        transport.close()
    return peer_checks.report(name, checks)


if __name__ == "__main__":
    sys.exit(main())
