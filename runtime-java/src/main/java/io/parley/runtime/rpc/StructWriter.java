package io.parley.runtime.rpc;

import io.parley.runtime.protocol.ProtocolWriter;

/** Writes one struct: the arguments of a call, or a reply. */
@FunctionalInterface
public interface StructWriter {
  void write(ProtocolWriter out);
}
