import io.parley.runtime.Protocol;
import io.parley.runtime.protocol.ProtocolWriter;
import io.parley.runtime.protocol.Protocols;
import java.util.List;
import wide.ManyStrings;
import wide.Wide;
import wide.WideError;

/** Values with more fields than one JVM parameter list holds, built, compared and sent both ways. */
public final class WideDriver {
  private WideDriver() {}

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

  public static void run() {
    List<Integer> list = new java.util.ArrayList<>(List.of(1, 2, 3));
    Wide w = Wide.builder().f1(-1L).f2(2L).f3("three").f4(list).f5(5).f296(296L).f298("ü").f300(300).build();
    list.add(4);
    check(w.f4().equals(List.of(1, 2, 3)), "the builder stored a copy: " + w.f4());
    check(w.f1() == -1L && w.f2() == 2L && w.f296() == 296L && w.f298().equals("ü") && w.f300() == 300, w.toString());
    check(!w.hasF7() && !w.hasF8(), "unset fields stay unset");
    check(w.equals(w.toBuilder().build()) && w.hashCode() == w.toBuilder().build().hashCode(), "toBuilder keeps the value");
    check(!w.equals(w.toBuilder().f151(151L).build()), "a changed field makes a different value");
    check(w.toString().startsWith("Wide{f1=-1, f2=2.0, f3=three, f4=[1, 2, 3], f5=5,"), w.toString());
    try {
      Wide.builder().build();
      throw new AssertionError("f2 is required");
    } catch (IllegalStateException expected) {
      check(expected.getMessage().equals("Wide.f2 is required but not set"), expected.getMessage());
    }
    ManyStrings many = ManyStrings.builder().s1("first").s1100("last").build();
    check(many.toString().startsWith("ManyStrings{s1=first, s2=null,") && many.toString().endsWith(", s1100=last}"),
        many.toString());
    check(many.equals(many.toBuilder().build()) && !many.equals(many.toBuilder().s550("x").build()), "equality");
    WideError error = WideError.builder().e1(1L).e130(130L).build();
    for (Protocol protocol : Protocol.values()) {
      Wide back = Wide.read(Protocols.reader(protocol, bytes(protocol, w::write)));
      check(back.equals(w), protocol + ": " + back);
      check(ManyStrings.read(Protocols.reader(protocol, bytes(protocol, many::write))).equals(many), protocol + ": many");
      WideError errorBack = WideError.read(Protocols.reader(protocol, bytes(protocol, error::write)));
      check(errorBack.equals(error) && errorBack.e130() == 130L, protocol + ": " + errorBack);
    }
  }
}
