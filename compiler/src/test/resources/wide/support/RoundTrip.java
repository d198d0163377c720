import io.parley.runtime.Protocol;
import io.parley.runtime.protocol.ProtocolWriter;
import io.parley.runtime.protocol.Protocols;

/** What the drivers of very large definitions share: a check, and a value's bytes in a protocol. */
final class RoundTrip {
  private RoundTrip() {}

  static void check(boolean condition, String what) {
    if (!condition) {
      throw new AssertionError(what);
    }
  }

  static byte[] bytes(Protocol protocol, java.util.function.Consumer<ProtocolWriter> write) {
    ProtocolWriter out = Protocols.writer(protocol);
    write.accept(out);
    return out.toByteArray();
  }
}
