package io.parley.runtime.protocol;

import io.parley.runtime.Protocol;
import java.util.Arrays;
import java.util.List;
import org.apache.thrift.TConfiguration;
import org.apache.thrift.TException;
import org.apache.thrift.protocol.TBinaryProtocol;
import org.apache.thrift.protocol.TCompactProtocol;
import org.apache.thrift.protocol.TProtocol;
import org.apache.thrift.transport.TMemoryBuffer;
import org.apache.thrift.transport.TMemoryInputTransport;
import org.apache.thrift.transport.TTransport;

/** libthrift's protocols over memory buffers, the reference the tests compare against. */
final class Libthrift {
  private Libthrift() {}

  static TProtocol protocol(Protocol protocol, TTransport t) {
    return switch (protocol) {
      case BINARY -> new TBinaryProtocol(t);
      case COMPACT -> new TCompactProtocol(t);
    };
  }

  /** The bytes libthrift writes for {@code ops}. */
  static byte[] write(Protocol protocol, List<Op> ops) throws TException {
    TMemoryBuffer buf = new TMemoryBuffer(1024);
    TProtocol p = protocol(protocol, buf);
    for (Op op : ops) {
      op.write(p);
    }
    return Arrays.copyOf(buf.getArray(), buf.length());
  }

  /** A libthrift protocol reading {@code bytes}. */
  static TProtocol reader(Protocol protocol, byte[] bytes) throws TException {
    TConfiguration config = TConfiguration.custom().setMaxMessageSize(Integer.MAX_VALUE).build();
    return protocol(protocol, new TMemoryInputTransport(config, bytes));
  }

  /** The bytes Parley writes for {@code ops}. */
  static byte[] parley(Protocol protocol, List<Op> ops) {
    ProtocolWriter w = Protocols.writer(protocol);
    for (Op op : ops) {
      op.write(w);
    }
    return w.toByteArray();
  }

  static String hex(byte[] b) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < Math.min(b.length, 400); i++) {
      sb.append(String.format("%02x", b[i]));
    }
    return b.length > 400 ? sb + "..." : sb.toString();
  }
}
