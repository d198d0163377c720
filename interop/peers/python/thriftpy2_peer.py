"""What the thriftpy2 server and client share: loading the IDL and choosing factories."""

import os

import peer_options


def load_idl(path):
    """The module thriftpy2 makes from the IDL at ``path`` (its name must end in _thrift)."""
    import thriftpy2

    return thriftpy2.load(os.path.abspath(path), module_name="ThriftTest_thrift")


def protocol_factory(protocol):
    """thriftpy2's binary (its Cython one, when built) or compact protocol factory."""
    from thriftpy2.protocol import TBinaryProtocolFactory, TCompactProtocolFactory

    return TCompactProtocolFactory() if peer_options.is_compact(protocol) else TBinaryProtocolFactory()


def transport_factory(transport):
    """thriftpy2's buffered or framed transport factory."""
    from thriftpy2.transport import TBufferedTransportFactory, TFramedTransportFactory

    return TFramedTransportFactory() if transport == "framed" else TBufferedTransportFactory()
