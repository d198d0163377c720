package io.parley.bench;

import java.util.Arrays;
import java.util.function.Supplier;
import org.apache.thrift.TBase;
import org.apache.thrift.TByteArrayOutputStream;
import org.apache.thrift.protocol.TBinaryProtocol;
import org.apache.thrift.protocol.TCompactProtocol;
import org.apache.thrift.protocol.TProtocol;
import org.apache.thrift.transport.TIOStreamTransport;
import org.apache.thrift.transport.TMemoryInputTransport;

/** libthrift's generated code, reusing its output stream, input transport and protocols. */
final class ThriftCodec implements Codec {
  private final Supplier<TBase<?, ?>> empty;
  private final TBase<?, ?> value;
  private final TByteArrayOutputStream out = new TByteArrayOutputStream(1024);
  private final TProtocol writer;
  private final TMemoryInputTransport in = new TMemoryInputTransport();
  private final TProtocol reader;
  private final byte[] bytes;

  ThriftCodec(String payload, boolean compact) throws Exception {
    empty = switch (payload) {
      case "small" -> io.parley.bench.thrift.Small::new;
      case "user" -> io.parley.bench.thrift.User::new;
      case "page" -> io.parley.bench.thrift.Page::new;
      default -> io.parley.bench.thrift.Blob::new;
    };
    value = Payloads.thrift(payload);
    TIOStreamTransport transport = new TIOStreamTransport(out);
    writer = compact ? new TCompactProtocol(transport) : new TBinaryProtocol(transport);
    reader = compact ? new TCompactProtocol(in) : new TBinaryProtocol(in);
    value.write(writer);
    bytes = Arrays.copyOf(out.get(), out.len());
  }

  @Override
  public int encode() throws Exception {
    out.reset();
    value.write(writer);
    return out.len();
  }

  @Override
  public Object decode() throws Exception {
    in.reset(bytes);
    TBase<?, ?> v = empty.get();
    v.read(reader);
    return v;
  }

  @Override
  public byte[] bytes() {
    return bytes;
  }
}
