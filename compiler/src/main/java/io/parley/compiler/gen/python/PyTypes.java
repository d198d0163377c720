package io.parley.compiler.gen.python;

import io.parley.compiler.schema.Schema;
import io.parley.compiler.schema.Symbol;
import io.parley.compiler.schema.ThriftFile;
import io.parley.compiler.schema.ThriftType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Python type hints and wire types as seen from one generated module. It notes the names of the
 * module's own definitions it hands out ({@link #named}), so one instance serves one struct or
 * service on one thread.
 */
final class PyTypes {
  private final Schema schema;
  private final ThriftFile from;
  private final Set<String> named = new LinkedHashSet<>();
  private boolean uuid;

  PyTypes(Schema schema, ThriftFile from) {
    this.schema = schema;
    this.from = from;
  }

  /** The type hint for values of {@code type}. */
  String hint(ThriftType type) {
    ThriftType t = type.trueType();
    if (t instanceof ThriftType.Base b) {
      return switch (b.kind()) {
        case BOOL -> "bool";
        case I8, I16, I32, I64 -> "int";
        case DOUBLE -> "float";
        case STRING -> "str";
        case BINARY -> "bytes";
        case UUID -> uuidClass();
      };
    }
    if (t instanceof ThriftType.ListOf l) {
      return "list[" + hint(l.element()) + "]";
    }
    if (t instanceof ThriftType.SetOf s) {
      return "set[" + hint(s.element()) + "]";
    }
    if (t instanceof ThriftType.MapOf m) {
      return "dict[" + hint(m.key()) + ", " + hint(m.value()) + "]";
    }
    return className(t instanceof ThriftType.EnumRef e ? e.symbol() : ((ThriftType.StructRef) t).symbol());
  }

  /** Python's UUID class, which the module then imports. */
  String uuidClass() {
    uuid = true;
    return "uuid.UUID";
  }

  /** Whether code made with the names handed out so far uses the {@code uuid} module. */
  boolean usesUuid() {
    return uuid;
  }

  /** The class generated for {@code symbol}: plain in its own module, else through the module alias. */
  String className(Symbol symbol) {
    ThriftFile file = schema.fileOf(symbol);
    String name = PyNames.global(symbol.name());
    if (!file.id().equals(from.id())) {
      return alias(file) + "." + name;
    }
    named.add(name);
    return name;
  }

  /**
   * The names of the module's own definitions that code made with the names handed out so far
   * may use: each class named, and an enum's map of values by the class's name ({@code
   * _Color_members}). Some may name nothing; a module in parts imports those that do.
   */
  List<String> named() {
    List<String> names = new ArrayList<>();
    for (String name : named) {
      names.add(name);
      names.add("_" + name + "_members");
    }
    return names;
  }

  /** The name under which {@code file}'s module is imported. */
  static String alias(ThriftFile file) {
    return "_" + file.name().replaceAll("[^A-Za-z0-9_]", "_");
  }

  /** The wire type constant, e.g. {@code _p.TType.I32}. */
  static String wireType(ThriftType type) {
    ThriftType t = type.trueType();
    String name;
    if (t instanceof ThriftType.Base b) {
      name = switch (b.kind()) {
        case BOOL -> "BOOL";
        case I8 -> "BYTE";
        case I16 -> "I16";
        case I32 -> "I32";
        case I64 -> "I64";
        case DOUBLE -> "DOUBLE";
        case STRING, BINARY -> "STRING";
        case UUID -> "UUID";
      };
    } else if (t instanceof ThriftType.ListOf) {
      name = "LIST";
    } else if (t instanceof ThriftType.SetOf) {
      name = "SET";
    } else if (t instanceof ThriftType.MapOf) {
      name = "MAP";
    } else {
      name = t instanceof ThriftType.EnumRef ? "I32" : "STRUCT";
    }
    return "_p.TType." + name;
  }
}
