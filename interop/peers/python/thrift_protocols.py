"""Apache Thrift Python protocol factories for the peers' --protocol option."""

import peer_options


def factory(protocol, accelerated):
    """The factory of the binary or compact protocol; ``accelerated`` picks the C version, without
    falling back to pure Python, so a missing extension fails instead of going unnoticed."""
    from thrift.protocol import TBinaryProtocol, TCompactProtocol

    compact = peer_options.is_compact(protocol)
    if accelerated:
        if compact:
            return TCompactProtocol.TCompactProtocolAcceleratedFactory(fallback=False)
        return TBinaryProtocol.TBinaryProtocolAcceleratedFactory(fallback=False)
    if compact:
        return TCompactProtocol.TCompactProtocolFactory()
    return TBinaryProtocol.TBinaryProtocolFactory()
