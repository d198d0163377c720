import behaviour.v1.Account;
import behaviour.v1.Contact;
import behaviour.v1.Refused;
import behaviour.v1.Status;
import io.parley.runtime.Bytes;
import io.parley.runtime.Protocol;
import io.parley.runtime.ProtocolException;
import io.parley.runtime.protocol.ProtocolWriter;
import io.parley.runtime.protocol.Protocols;
import io.parley.runtime.protocol.TType;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Behaviour of generated values, compiled at test time with the code generated from v1 and v2. */
public final class BehaviourDriver {
  private BehaviourDriver() {}

  static void check(boolean condition, String what) {
    if (!condition) {
      throw new AssertionError(what);
    }
  }

  static <T extends Throwable> T expect(Class<T> type, Runnable action, String what) {
    try {
      action.run();
    } catch (Throwable t) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      throw new AssertionError(what + ": expected " + type.getSimpleName() + " but got " + t, t);
    }
    throw new AssertionError(what + ": expected " + type.getSimpleName());
  }

  static byte[] bytes(Protocol protocol, java.util.function.Consumer<ProtocolWriter> write) {
    ProtocolWriter out = Protocols.writer(protocol);
    write.accept(out);
    return out.toByteArray();
  }

  public static void run() {
    // Defaults, builders and value semantics.
    Account a = Account.builder().id(7).build();
    check(a.name().equals("anonymous") && a.status() == Status.ACTIVE && !a.hasTags(), "IDL defaults apply: " + a);
    check(a.equals(a.toBuilder().build()) && a.hashCode() == a.toBuilder().build().hashCode(), "toBuilder keeps the value");
    check(!a.equals(a.toBuilder().name("other").build()), "a changed field makes a different value");
    IllegalStateException missing = expect(IllegalStateException.class, () -> Account.builder().build(), "required id");
    check(missing.getMessage().equals("Account.id is required but not set"), missing.getMessage());
    check(a.toString().equals("Account{id=7, name=anonymous, status=ACTIVE, tags=null}"), a.toString());
    List<String> tags = new java.util.ArrayList<>(List.of("x"));
    for (Protocol protocol : Protocol.values()) {
      // Unknown enum values survive a round trip.
      Account odd = Account.builder().id(1).status(Status.of(42)).tags(tags).build();
      Account back = Account.read(Protocols.reader(protocol, bytes(protocol, odd::write)));
      check(back.status().value() == 42 && !back.status().isKnown() && back.equals(odd),
          protocol + ": unknown enum value kept: " + back);
      check(Status.of(42).toString().equals("Status(42)"), Status.of(42).toString());
      check(Status.of(1) == Status.ACTIVE, "known values are canonical");

      // A newer writer's fields are skipped by an older reader, whatever their type.
      behaviour.v2.Account newer = behaviour.v2.Account.builder().id(99).name("n")
          .status(behaviour.v2.Status.CLOSED).tags(List.of("t")).balance(1.5)
          .extra(behaviour.v2.Extra.builder().note("e").deep(List.of(Map.of("k", 1))).build())
          .friends(Set.of(1L, 2L)).verified(true).avatar(Bytes.copyOf(new byte[] {1, 2}))
          .byId(Map.of(3, behaviour.v2.Extra.builder().note("x").build())).build();
      Account older = Account.read(Protocols.reader(protocol, bytes(protocol, newer::write)));
      check(older.id() == 99 && older.name().equals("n") && older.status().value() == 3
          && older.tags().equals(List.of("t")), protocol + ": old reader keeps known fields: " + older);
      // ...and the old reader's bytes read back in the newer code.
      behaviour.v2.Account again = behaviour.v2.Account.read(Protocols.reader(protocol, bytes(protocol, older::write)));
      check(again.status() == behaviour.v2.Status.CLOSED && !again.hasBalance(), protocol + ": " + again);

      // A missing required field is a protocol error naming the struct and field.
      byte[] empty = bytes(protocol, out -> { out.structBegin(); out.fieldStop(); out.structEnd(); });
      ProtocolException e = expect(ProtocolException.class, () -> Account.read(Protocols.reader(protocol, empty)),
          "missing required field");
      check(e.getMessage().equals("required field 'id' of Account is missing"), e.getMessage());

      // Fields in any order, an id far from the last one, a known id sent with another type, and
      // bool fields of either value all decode as in the declared order.
      byte[] shuffled = bytes(protocol, out -> {
        out.structBegin();
        out.fieldBegin(TType.LIST, (short) 4);
        out.listBegin(TType.STRING, 1);
        out.writeString("t");
        out.fieldBegin(TType.I32, (short) 3);
        out.writeI32(2);
        out.fieldBegin(TType.STRING, (short) 1); // wrong type for id: skipped
        out.writeString("not an id");
        out.fieldBool((short) 300, false); // unknown bool field
        out.fieldBegin(TType.I64, (short) 1);
        out.writeI64(-5);
        out.fieldBegin(TType.STRING, (short) 2);
        out.writeString("s");
        out.fieldStop();
        out.structEnd();
      });
      Account sh = Account.read(Protocols.reader(protocol, shuffled));
      check(sh.id() == -5 && sh.name().equals("s") && sh.status() == Status.SUSPENDED
          && sh.tags().equals(List.of("t")), protocol + ": fields out of order: " + sh);
      for (boolean v : new boolean[] {true, false}) {
        behaviour.v2.Account flag = behaviour.v2.Account.builder().id(1).verified(v).balance(2.5).build();
        behaviour.v2.Account flagBack = behaviour.v2.Account.read(Protocols.reader(protocol, bytes(protocol, flag::write)));
        check(flagBack.equals(flag) && flagBack.verified() == v, protocol + ": bool field " + v + ": " + flagBack);
      }

      // Unions: exactly one member; an unknown member alone is an error.
      Contact phone = Contact.phone(5L);
      check(Contact.read(Protocols.reader(protocol, bytes(protocol, phone::write))).equals(phone), "union round trip");
      check(phone.isPhone() && !phone.isEmail() && phone.kind() == Contact.Kind.PHONE, "union kind");
      expect(IllegalStateException.class, phone::email, "reading the unset member");
      behaviour.v2.Contact pager = behaviour.v2.Contact.pager("p");
      expect(ProtocolException.class, () -> Contact.read(Protocols.reader(protocol, bytes(protocol, pager::write))),
          "a union with only an unknown member");
    }
    // A compact field header whose type nibble names no type is an error.
    ProtocolException badType = expect(ProtocolException.class,
        () -> Account.read(Protocols.reader(Protocol.COMPACT, new byte[] {0x1E, 0x00})), "type nibble 14");
    check(badType.getMessage().equals("unknown type id 14"), badType.getMessage());
    // Exceptions are checked, carry their fields and describe themselves.
    Refused refused = Refused.builder().message("no").code(3).build();
    check(refused instanceof io.parley.runtime.DeclaredException, "declared exceptions are DeclaredExceptions");
    check(refused.getMessage().equals("Refused{message=no, code=3}"), refused.getMessage());
    check(refused.code() == 3 && refused.message().equals("no"), "exception fields");
    // Values are immutable: the list given to the builder was copied.
    tags.add("changed");
    Account withTags = Account.builder().id(1).tags(List.of("x")).build();
    expect(UnsupportedOperationException.class, () -> withTags.tags().add("y"), "collections are unmodifiable");
  }
}
