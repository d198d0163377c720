import compat.parley.AllTypes;
import compat.parley.Choice;
import compat.parley.Color;
import compat.parley.Headers;
import compat.parley.Inner;
import io.parley.runtime.Bytes;
import io.parley.runtime.Protocol;
import io.parley.runtime.protocol.ProtocolWriter;
import io.parley.runtime.protocol.Protocols;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.thrift.TDeserializer;
import org.apache.thrift.TSerializer;
import org.apache.thrift.protocol.TBinaryProtocol;
import org.apache.thrift.protocol.TCompactProtocol;
import org.apache.thrift.protocol.TProtocolFactory;

/**
 * Compiled at test time together with Parley's and Apache Thrift's code for compat.thrift: builds
 * the same value with both APIs and checks that the bytes agree, in both protocols and directions.
 */
public final class CompatDriver {
  private CompatDriver() {}

  public static void run() throws Exception {
    check(parleyValue(), thriftValue());
    check(AllTypes.builder().must("").build(), new compat.thrift.AllTypes().setMust(""));
    checkHeaders();
  }

  /** Every combination of Headers' optional fields, each changing the headers after it. */
  private static void checkHeaders() throws Exception {
    for (int mask = 0; mask < 16; mask++) {
      Headers.Builder p = Headers.builder().early(mask % 3 == 0).afterFar(mask % 2 == 0).afterGap(-7L - mask).tail(mask);
      compat.thrift.Headers t = new compat.thrift.Headers()
          .setEarly(mask % 3 == 0).setAfterFar(mask % 2 == 0).setAfterGap(-7L - mask).setTail(mask);
      if ((mask & 1) != 0) {
        p.first(mask);
        t.setFirst(mask);
      }
      if ((mask & 2) != 0) {
        p.maybeFlag(mask > 7);
        t.setMaybeFlag(mask > 7);
      }
      if ((mask & 4) != 0) {
        p.far("far");
        t.setFar("far");
      }
      if ((mask & 8) != 0) {
        p.lastFlag(mask % 5 == 0);
        t.setLastFlag(mask % 5 == 0);
      }
      Headers parley = p.build();
      for (Protocol protocol : Protocol.values()) {
        TProtocolFactory factory = protocol == Protocol.BINARY ? new TBinaryProtocol.Factory() : new TCompactProtocol.Factory();
        ProtocolWriter out = Protocols.writer(protocol);
        parley.write(out);
        byte[] parleyBytes = out.toByteArray();
        byte[] thriftBytes = new TSerializer(factory).serialize(t);
        if (!Arrays.equals(parleyBytes, thriftBytes)) {
          throw new AssertionError(protocol + " " + parley + ": Parley wrote\n" + hex(parleyBytes)
              + "\nlibthrift wrote\n" + hex(thriftBytes));
        }
        if (!Headers.read(Protocols.reader(protocol, thriftBytes)).equals(parley)) {
          throw new AssertionError(protocol + ": Parley decoded libthrift's bytes of " + parley + " differently");
        }
      }
    }
  }

  private static void check(AllTypes parley, compat.thrift.AllTypes thrift) throws Exception {
    for (Protocol protocol : Protocol.values()) {
      TProtocolFactory factory = protocol == Protocol.BINARY ? new TBinaryProtocol.Factory() : new TCompactProtocol.Factory();
      ProtocolWriter out = Protocols.writer(protocol);
      parley.write(out);
      byte[] parleyBytes = out.toByteArray();
      byte[] thriftBytes = new TSerializer(factory).serialize(thrift);
      if (!Arrays.equals(parleyBytes, thriftBytes)) {
        throw new AssertionError(protocol + ": Parley wrote\n" + hex(parleyBytes) + "\nlibthrift wrote\n" + hex(thriftBytes));
      }
      compat.thrift.AllTypes decodedByThrift = new compat.thrift.AllTypes();
      new TDeserializer(factory).deserialize(decodedByThrift, parleyBytes);
      if (!decodedByThrift.equals(thrift)) {
        throw new AssertionError(protocol + ": libthrift decoded Parley's bytes as " + decodedByThrift);
      }
      AllTypes decodedByParley = AllTypes.read(Protocols.reader(protocol, thriftBytes));
      if (!decodedByParley.equals(parley)) {
        throw new AssertionError(protocol + ": Parley decoded libthrift's bytes as " + decodedByParley + "\nexpected " + parley);
      }
    }
  }

  private static AllTypes parleyValue() {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("a", 1L);
    counts.put("ü", Long.MIN_VALUE);
    Map<Integer, List<String>> nested = new LinkedHashMap<>();
    nested.put(-1, List.of());
    nested.put(7, List.of("x", "y"));
    Map<Color, Set<Double>> byColor = new LinkedHashMap<>();
    byColor.put(Color.BLUE, new LinkedHashSet<>(List.of(0.5, -2.25)));
    return AllTypes.builder()
        .flag(true).tiny((byte) -7).small((short) 300).medium(-123456).large(1L << 40).ratio(3.25)
        .text("héllo ✓").data(Bytes.copyOf(new byte[] {0, 1, (byte) 0xff})).color(Color.GREEN)
        .inner(Inner.builder().id(5).label("in").build())
        .numbers(List.of(1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE))
        .tags(new LinkedHashSet<>(List.of("one", "two")))
        .counts(counts)
        .inners(List.of(Inner.builder().id(1).build(), Inner.builder().id(2).label("").build()))
        .nested(nested)
        .maybeNumber(0)
        .must("required")
        .flags(List.of(true, false, true))
        .choice(Choice.inner(Inner.builder().id(9).build()))
        .byColor(byColor)
        .farFlag(false)
        .matrix(List.of(List.of(1L, 2L), List.of()))
        .build();
  }

  private static compat.thrift.AllTypes thriftValue() {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("a", 1L);
    counts.put("ü", Long.MIN_VALUE);
    Map<Integer, List<String>> nested = new LinkedHashMap<>();
    nested.put(-1, List.of());
    nested.put(7, List.of("x", "y"));
    compat.thrift.Inner inner = new compat.thrift.Inner().setId(5).setLabel("in");
    Map<compat.thrift.Color, Set<Double>> byColor = new LinkedHashMap<>();
    byColor.put(compat.thrift.Color.BLUE, new LinkedHashSet<>(List.of(0.5, -2.25)));
    return new compat.thrift.AllTypes()
        .setFlag(true).setTiny((byte) -7).setSmall((short) 300).setMedium(-123456).setLarge(1L << 40).setRatio(3.25)
        .setText("héllo ✓").setData(ByteBuffer.wrap(new byte[] {0, 1, (byte) 0xff})).setColor(compat.thrift.Color.GREEN)
        .setInner(inner)
        .setNumbers(List.of(1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE))
        .setTags(new LinkedHashSet<>(List.of("one", "two")))
        .setCounts(counts)
        .setInners(List.of(new compat.thrift.Inner().setId(1), new compat.thrift.Inner().setId(2).setLabel("")))
        .setNested(nested)
        .setMaybeNumber(0)
        .setMust("required")
        .setFlags(List.of(true, false, true))
        .setChoice(compat.thrift.Choice.inner(new compat.thrift.Inner().setId(9)))
        .setByColor(byColor)
        .setFarFlag(false)
        .setMatrix(List.of(List.of(1L, 2L), List.of()));
  }

  private static String hex(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < bytes.length; i++) {
      out.append(String.format("%02x", bytes[i])).append(i % 32 == 31 ? "\n" : " ");
    }
    return out.toString();
  }
}
