import huge.Huge;
import huge.HugeEnum;
import huge.HugeUnion;
import huge.Inner;
import io.parley.runtime.Protocol;
import io.parley.runtime.ProtocolException;
import io.parley.runtime.protocol.Protocols;
import io.parley.runtime.protocol.TType;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A struct, union and enum of 2,500 members each, whose decoders and writers are split into
 * several methods: values built, sent both ways, checked for required fields and unknown ones.
 */
public final class HugeDriver {
  private HugeDriver() {}

  public static void run() {
    Inner inner = Inner.builder().x(7).build();
    Huge huge = Huge.builder().f1(1L).f1250(1250).f2500(2500).f2("two").f3(List.of(3, 33)).f4(Map.of("four", 4L))
        .f5(5.5).f6(true).f7(HugeEnum.V2500).f8(Set.of("eight")).f17(inner).f1251(-1251L).f2493(List.of(-1))
        .f2494(Map.of("", Long.MIN_VALUE)).f2496(false).f2497(inner).f2498(Set.of()).f2499(
            io.parley.runtime.Bytes.utf8("2499")).build();
    RoundTrip.check(huge.f2499().equals(io.parley.runtime.Bytes.utf8("2499")) && huge.f7() == HugeEnum.V2500,
        huge.toString());
    try {
      Huge.builder().f1(1L).f2500(2500).build();
      throw new AssertionError("f1250 is required");
    } catch (IllegalStateException expected) {
      RoundTrip.check(expected.getMessage().equals("Huge.f1250 is required but not set"), expected.getMessage());
    }
    HugeUnion first = HugeUnion.f1(1L);
    HugeUnion last = HugeUnion.f2497(inner);
    for (Protocol protocol : Protocol.values()) {
      Huge back = Huge.read(Protocols.reader(protocol, RoundTrip.bytes(protocol, huge::write)));
      RoundTrip.check(back.equals(huge), protocol + ": " + back);
      RoundTrip.check(HugeUnion.read(Protocols.reader(protocol, RoundTrip.bytes(protocol, first::write))).equals(first),
          protocol + " first");
      RoundTrip.check(HugeUnion.read(Protocols.reader(protocol, RoundTrip.bytes(protocol, last::write))).equals(last),
          protocol + " last");
      // An unknown field is skipped; the required fields are checked in every run of the decoder.
      byte[] three = RoundTrip.bytes(protocol, out -> {
        out.structBegin();
        out.fieldBegin(TType.I64, (short) 1);
        out.writeI64(1L);
        out.fieldBegin(TType.I32, (short) 1250);
        out.writeI32(1250);
        out.fieldBegin(TType.I32, (short) 3000);
        out.writeI32(3000);
        out.fieldBegin(TType.I32, (short) 2500);
        out.writeI32(2500);
        out.fieldStop();
        out.structEnd();
      });
      Huge read = Huge.read(Protocols.reader(protocol, three));
      RoundTrip.check(read.equals(Huge.builder().f1(1L).f1250(1250).f2500(2500).build()), protocol + ": " + read);
      byte[] missing = RoundTrip.bytes(protocol, out -> {
        out.structBegin();
        out.fieldBegin(TType.I64, (short) 1);
        out.writeI64(1L);
        out.fieldBegin(TType.I32, (short) 2500);
        out.writeI32(2500);
        out.fieldStop();
        out.structEnd();
      });
      try {
        Huge.read(Protocols.reader(protocol, missing));
        throw new AssertionError(protocol + ": f1250 is required");
      } catch (ProtocolException expected) {
        RoundTrip.check(expected.getMessage().contains("required field 'f1250' of Huge is missing"),
            expected.getMessage());
      }
    }
    RoundTrip.check(HugeEnum.of(2500) == HugeEnum.V2500 && HugeEnum.values().size() == 2500, "enum");
  }
}
