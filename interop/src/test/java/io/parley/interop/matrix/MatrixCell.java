package io.parley.interop.matrix;

/** One pairing the matrix runs: a client against a server over one protocol and transport. */
record MatrixCell(Peer client, Peer server, String protocol, String transport, boolean skipUuid) {
  /** The combination, e.g. {@code multic/framed}. */
  String wire() {
    return protocol + "/" + transport;
  }

  /** E.g. {@code parley-java -> parley-python multic/framed}. */
  String label() {
    return client.name() + " -> " + server.name() + " " + wire();
  }

  /** A name usable in a file name. */
  String fileStem() {
    return (client.name() + "__" + server.name() + "__" + protocol + "-" + transport).replaceAll("[^A-Za-z0-9_.-]+", "_");
  }
}
