package io.parley.runtime.protocol;

import io.parley.runtime.Protocol;

/** Creates the reader and writer of a {@link Protocol}. */
public final class Protocols {
  private Protocols() {}

  /** A writer with its own growable buffer. */
  public static ProtocolWriter writer(Protocol protocol) {
    return writer(protocol, new ByteSink());
  }

  /** A writer that appends to {@code sink}. */
  public static ProtocolWriter writer(Protocol protocol, ByteSink sink) {
    return switch (protocol) {
      case BINARY -> new BinaryProtocolWriter(sink);
      case COMPACT -> new CompactProtocolWriter(sink);
    };
  }

  /** A reader of all of {@code bytes} under the default limits. */
  public static AbstractProtocolReader reader(Protocol protocol, byte[] bytes) {
    return reader(protocol, bytes, 0, bytes.length, Limits.DEFAULT);
  }

  /** A reader of {@code bytes[off, off + len)}. */
  public static AbstractProtocolReader reader(Protocol protocol, byte[] bytes, int off, int len, Limits limits) {
    return reader(protocol, ByteSource.of(bytes, off, len), limits);
  }

  /** A reader of {@code source}, an array or a stream. */
  public static AbstractProtocolReader reader(Protocol protocol, ByteSource source, Limits limits) {
    return switch (protocol) {
      case BINARY -> new BinaryProtocolReader(source, limits);
      case COMPACT -> new CompactProtocolReader(source, limits);
    };
  }
}
