package io.parley.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.runtime.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.thrift.protocol.TProtocol;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Parley's protocols against libthrift's, byte for byte and value for value, both ways. */
class LibthriftCompatibilityTest {
  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (Protocol p : Protocol.values()) {
      for (Map.Entry<String, List<Op>> e : Scenarios.all().entrySet()) {
        out.add(Arguments.of(p, e.getKey(), e.getValue()));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void parleyWritesTheBytesLibthriftWrites(Protocol protocol, String name, List<Op> ops) throws Exception {
    assertEquals(Libthrift.hex(Libthrift.write(protocol, ops)), Libthrift.hex(Libthrift.parley(protocol, ops)));
    assertEquals(Libthrift.write(protocol, ops).length, Libthrift.parley(protocol, ops).length);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void parleyReadsWhatLibthriftWrites(Protocol protocol, String name, List<Op> ops) throws Exception {
    byte[] bytes = Libthrift.write(protocol, ops);
    AbstractProtocolReader r = Protocols.reader(protocol, bytes);
    for (Op op : ops) {
      op.read(r);
    }
    assertEquals(0, r.source().available(), "bytes left over");
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void libthriftReadsWhatParleyWrites(Protocol protocol, String name, List<Op> ops) throws Exception {
    byte[] bytes = Libthrift.parley(protocol, ops);
    TProtocol p = Libthrift.reader(protocol, bytes);
    for (Op op : ops) {
      op.read(p);
    }
    assertEquals(0, p.getTransport().getBytesRemainingInBuffer(), "bytes left over");
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void parleyReadsWhatLibthriftWritesFromAStreamOneByteAtATime(Protocol protocol, String name, List<Op> ops)
      throws Exception {
    if (name.startsWith("100,000") || name.equals("strings") || name.equals("binary")) {
      return; // large; the array path covers them and the stream path is exercised by the rest
    }
    byte[] bytes = Libthrift.write(protocol, ops);
    ByteSource source = ByteSource.of(new Trickle(bytes), Integer.MAX_VALUE);
    ProtocolReader r = Protocols.reader(protocol, source, Limits.DEFAULT);
    for (Op op : ops) {
      op.read(r);
    }
    assertEquals(0, source.available());
  }
}
