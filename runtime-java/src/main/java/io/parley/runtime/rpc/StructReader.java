package io.parley.runtime.rpc;

import io.parley.runtime.protocol.ProtocolReader;

/** Reads one struct, e.g. the result of a call. */
@FunctionalInterface
public interface StructReader<T> {
  T read(ProtocolReader in);
}
