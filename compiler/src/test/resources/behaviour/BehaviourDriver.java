import behaviour.v1.Account;
import behaviour.v1.Bag;
import behaviour.v1.Choice;
import behaviour.v1.Contact;
import behaviour.v1.Refused;
import behaviour.v1.Shadows;
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
      // A field sent with another type than declared ends the compact decoder's in-order path: its
      // header (an i32, one after id 1) must not be taken for the next declared field's (status).
      byte[] mistyped = bytes(protocol, out -> {
        out.structBegin();
        out.fieldBegin(TType.I64, (short) 1);
        out.writeI64(-6);
        out.fieldBegin(TType.I32, (short) 2); // name is a string: skipped
        out.writeI32(2);
        out.fieldBegin(TType.LIST, (short) 4);
        out.listBegin(TType.STRING, 1);
        out.writeString("u");
        out.fieldStop();
        out.structEnd();
      });
      Account mt = Account.read(Protocols.reader(protocol, mistyped));
      check(mt.id() == -6 && mt.name().equals("anonymous") && mt.status() == Status.ACTIVE
          && mt.tags().equals(List.of("u")), protocol + ": a mistyped field in order: " + mt);
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
    Account withTags = Account.builder().id(1).tags(tags).build();
    tags.add("changed");
    check(withTags.tags().equals(List.of("x")), "the builder copied the list: " + withTags);
    expect(UnsupportedOperationException.class, () -> withTags.tags().add("y"), "collections are unmodifiable");
    collectionsAreCopiedDeeply();
    Shadows shadows = Shadows.builder().Values(List.of("v")).Objects(Map.of("o", 1)).DecodedMap(Map.of("d", 2)).build();
    for (Protocol protocol : Protocol.values()) {
      check(Shadows.read(Protocols.reader(protocol, bytes(protocol, shadows::write))).equals(shadows),
          protocol + ": fields named like classes: " + shadows);
    }
    // A field named like the type of its default value.
    behaviour.v1.Shadowing shadowing = behaviour.v1.Shadowing.builder().build();
    check(shadowing.Status() == Status.SUSPENDED && shadowing.Account().id() == 2, "defaults: " + shadowing);
    for (Protocol protocol : Protocol.values()) {
      check(behaviour.v1.Shadowing.read(Protocols.reader(protocol, bytes(protocol, shadowing::write))).equals(shadowing),
          protocol + ": a field named like its type: " + shadowing);
    }
  }

  static void collectionsAreCopiedDeeply() {
    List<Integer> group = new java.util.ArrayList<>(List.of(1, 2));
    Set<String> inner = new java.util.LinkedHashSet<>(List.of("b", "a"));
    Set<Integer> numbers = new java.util.LinkedHashSet<>(List.of(3, 1, 2));
    Map<String, List<Integer>> groups = new java.util.LinkedHashMap<>(Map.of("g", group));
    List<Set<String>> nested = new java.util.ArrayList<>(List.of(inner));
    List<String> names = new java.util.ArrayList<>(List.of("n"));
    Map<String, Integer> mapKey = new java.util.LinkedHashMap<>(Map.of("k", 1));
    Map<Map<String, Integer>, Map<String, Integer>> mapped = new java.util.LinkedHashMap<>();
    mapped.put(mapKey, new java.util.LinkedHashMap<>(Map.of("v", 2)));
    Bag bag = Bag.builder().names(names).numbers(numbers).groups(groups).nested(nested).mapped(mapped).build();
    String before = bag.toString();
    names.add("m");
    numbers.add(4);
    group.add(3);
    groups.put("h", List.of());
    inner.add("c");
    nested.add(Set.of());
    mapped.values().iterator().next().put("w", 3);
    check(bag.toString().equals(before), "changing what was given leaves the value as built: " + bag);
    check(List.copyOf(bag.numbers()).equals(List.of(3, 1, 2)) && List.copyOf(bag.nested().get(0)).equals(List.of("b", "a")),
        "sets keep the order they were given in: " + bag);
    expect(UnsupportedOperationException.class, () -> bag.names().add("x"), "a list");
    expect(UnsupportedOperationException.class, () -> bag.numbers().add(9), "a set");
    expect(UnsupportedOperationException.class, () -> bag.groups().put("x", List.of()), "a map");
    expect(UnsupportedOperationException.class, () -> bag.groups().get("g").add(9), "a list in a map");
    expect(UnsupportedOperationException.class, () -> bag.nested().get(0).add("x"), "a set in a list");
    expect(UnsupportedOperationException.class, () -> bag.numbers().iterator().remove(), "a set's iterator");
    expect(UnsupportedOperationException.class, () -> bag.mapped().keySet().iterator().next().put("x", 0),
        "a map that is a key");
    // Collections made by a builder or a decoder are not copied again.
    Bag again = bag.toBuilder().build();
    check(again.names() == bag.names() && again.groups() == bag.groups() && again.numbers() == bag.numbers()
        && again.nested() == bag.nested(), "a built value's collections are kept as they are");
    for (Protocol protocol : Protocol.values()) {
      Bag read = Bag.read(Protocols.reader(protocol, bytes(protocol, bag::write)));
      Bag rebuilt = read.toBuilder().build();
      check(read.equals(bag) && rebuilt.names() == read.names() && rebuilt.groups() == read.groups()
          && rebuilt.numbers() == read.numbers() && rebuilt.nested() == read.nested(),
          protocol + ": decoded collections are kept as they are: " + read);
    }
    // Null elements, keys and values are refused when the value is built, naming the field.
    NullPointerException nullElement = expect(NullPointerException.class,
        () -> Bag.builder().names(java.util.Arrays.asList("a", null)).build(), "a null element");
    check("Bag.names: element 1 is null".equals(nullElement.getMessage()), nullElement.getMessage());
    Map<String, List<Integer>> nullValue = new java.util.HashMap<>();
    nullValue.put("k", null);
    NullPointerException nullInMap = expect(NullPointerException.class,
        () -> Bag.builder().groups(nullValue).build(), "a null map value");
    check("Bag.groups: the value of key k is null".equals(nullInMap.getMessage()), nullInMap.getMessage());
    NullPointerException nullInner = expect(NullPointerException.class,
        () -> Bag.builder().groups(Map.of("k", java.util.Arrays.asList(1, null))).build(), "a null nested element");
    check("Bag.groups: element 1 is null".equals(nullInner.getMessage()), nullInner.getMessage());
    // A union member's collection is copied too.
    List<String> options = new java.util.ArrayList<>(List.of("o"));
    Choice choice = Choice.options(options);
    options.add("p");
    check(choice.options().equals(List.of("o")), "the union factory copied the list: " + choice);
    expect(UnsupportedOperationException.class, () -> choice.options().add("q"), "a union member's list");
    List<Integer> row = new java.util.ArrayList<>(List.of(1));
    Choice table = Choice.table(Map.of("r", row));
    row.add(2);
    check(table.table().equals(Map.of("r", List.of(1))), "the union factory copied the nested list: " + table);
    for (Protocol protocol : Protocol.values()) {
      check(Choice.read(Protocols.reader(protocol, bytes(protocol, table::write))).equals(table),
          protocol + ": a union's map round trip");
    }
  }
}
