import io.parley.runtime.Protocol;
import io.parley.runtime.protocol.Protocols;
import java.util.List;
import wide.ManyStrings;
import wide.Wide;
import wide.WideError;

/** Values with more fields than one JVM parameter list holds, built, compared and sent both ways. */
public final class WideDriver {
  private WideDriver() {}

  public static void run() {
    List<Integer> list = new java.util.ArrayList<>(List.of(1, 2, 3));
    Wide w = Wide.builder().f1(-1L).f2(2L).f3("three").f4(list).f5(5).f296(296L).f298("ü").f300(300).build();
    list.add(4);
    RoundTrip.check(w.f4().equals(List.of(1, 2, 3)), "the builder stored a copy: " + w.f4());
    RoundTrip.check(w.f1() == -1L && w.f2() == 2L && w.f296() == 296L && w.f298().equals("ü") && w.f300() == 300,
        w.toString());
    RoundTrip.check(!w.hasF7() && !w.hasF8(), "unset fields stay unset");
    RoundTrip.check(w.equals(w.toBuilder().build()) && w.hashCode() == w.toBuilder().build().hashCode(),
        "toBuilder keeps the value");
    RoundTrip.check(!w.equals(w.toBuilder().f151(151L).build()), "a changed field makes a different value");
    RoundTrip.check(w.toString().startsWith("Wide{f1=-1, f2=2.0, f3=three, f4=[1, 2, 3], f5=5,"), w.toString());
    try {
      Wide.builder().build();
      throw new AssertionError("f2 is required");
    } catch (IllegalStateException expected) {
      RoundTrip.check(expected.getMessage().equals("Wide.f2 is required but not set"), expected.getMessage());
    }
    ManyStrings many = ManyStrings.builder().s1("first").s1100("last").build();
    RoundTrip.check(many.toString().startsWith("ManyStrings{s1=first, s2=null,")
        && many.toString().endsWith(", s1100=last}"), many.toString());
    RoundTrip.check(many.equals(many.toBuilder().build()) && !many.equals(many.toBuilder().s550("x").build()),
        "equality");
    WideError error = WideError.builder().e1(1L).e130(130L).build();
    for (Protocol protocol : Protocol.values()) {
      Wide back = Wide.read(Protocols.reader(protocol, RoundTrip.bytes(protocol, w::write)));
      RoundTrip.check(back.equals(w), protocol + ": " + back);
      RoundTrip.check(ManyStrings.read(Protocols.reader(protocol, RoundTrip.bytes(protocol, many::write))).equals(many),
          protocol + ": many");
      WideError errorBack = WideError.read(Protocols.reader(protocol, RoundTrip.bytes(protocol, error::write)));
      RoundTrip.check(errorBack.equals(error) && errorBack.e130() == 130L, protocol + ": " + errorBack);
    }
  }
}
