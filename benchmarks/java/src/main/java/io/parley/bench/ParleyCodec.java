package io.parley.bench;

import io.parley.bench.parley.Blob;
import io.parley.bench.parley.Page;
import io.parley.bench.parley.Small;
import io.parley.bench.parley.User;
import io.parley.runtime.Protocol;
import io.parley.runtime.protocol.AbstractProtocolReader;
import io.parley.runtime.protocol.ByteSource;
import io.parley.runtime.protocol.Limits;
import io.parley.runtime.protocol.ProtocolReader;
import io.parley.runtime.protocol.ProtocolWriter;
import io.parley.runtime.protocol.Protocols;
import java.util.function.Function;

/**
 * Parley's generated code, reusing its writer and its reader as an RPC stack does (and as the
 * libthrift codec reuses its transports). In owned mode the reader is told that the bytes it reads
 * are not reused, as with a freshly read frame, so binary fields are views instead of copies.
 */
final class ParleyCodec implements Codec {
  private final Function<ProtocolReader, Object> read;
  private final Object value;
  private final ProtocolWriter writer;
  private final ByteSource source;
  private final AbstractProtocolReader reader;
  private final boolean owned;
  private final byte[] bytes;

  ParleyCodec(String payload, Protocol protocol, boolean owned) {
    this.owned = owned;
    read = switch (payload) {
      case "small" -> Small::read;
      case "user" -> User::read;
      case "page" -> Page::read;
      default -> Blob::read;
    };
    value = Payloads.parley(payload);
    writer = Protocols.writer(protocol);
    encode();
    bytes = writer.toByteArray();
    source = ByteSource.of(bytes);
    reader = Protocols.reader(protocol, source, Limits.DEFAULT);
  }

  @Override
  public int encode() {
    writer.reset();
    // A direct call in real code; the benchmark dispatches once per payload type.
    if (value instanceof User u) {
      u.write(writer);
    } else if (value instanceof Page p) {
      p.write(writer);
    } else if (value instanceof Small s) {
      s.write(writer);
    } else {
      ((Blob) value).write(writer);
    }
    return writer.size();
  }

  @Override
  public Object decode() {
    if (owned) {
      source.wrapOwned(bytes, 0, bytes.length);
    } else {
      source.wrap(bytes, 0, bytes.length);
    }
    reader.reset();
    return read.apply(reader);
  }

  @Override
  public byte[] bytes() {
    return bytes;
  }
}
