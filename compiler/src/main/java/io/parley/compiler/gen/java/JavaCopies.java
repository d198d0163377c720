package io.parley.compiler.gen.java;

import io.parley.compiler.schema.ThriftType;

/**
 * The expression a builder or union factory stores for a field: the value itself, or for a
 * collection an immutable copy ({@code Values.list/set/map}), nested collections copied too, so a
 * built value never changes with the caller's collections.
 */
final class JavaCopies {
  private final JavaTypes types;

  JavaCopies(JavaTypes types) {
    this.types = types;
  }

  /** What to store for {@code expr}, of {@code type}, for the field {@code field} ("Struct.field"). */
  String stored(ThriftType type, String expr, String field) {
    return copy(type, expr, JavaNames.quote(field), 0);
  }

  private String copy(ThriftType type, String expr, String field, int depth) {
    ThriftType t = type.trueType();
    String values = types.use("io.parley.runtime.Values");
    if (t instanceof ThriftType.ListOf l) {
      return values + ".list(" + expr + ", " + field + elements(l.element(), field, depth) + ")";
    }
    if (t instanceof ThriftType.SetOf s) {
      return values + ".set(" + expr + ", " + field + elements(s.element(), field, depth) + ")";
    }
    if (t instanceof ThriftType.MapOf m) {
      String keys = lambda(m.key(), "k$" + depth, field, depth);
      String vals = lambda(m.value(), "v$" + depth, field, depth);
      String both = keys == null && vals == null ? ""
          : ", " + (keys == null ? "null" : keys) + ", " + (vals == null ? "null" : vals);
      return values + ".map(" + expr + ", " + field + both + ")";
    }
    return expr;
  }

  private String elements(ThriftType element, String field, int depth) {
    String lambda = lambda(element, "e$" + depth, field, depth);
    return lambda == null ? "" : ", " + lambda;
  }

  /** A lambda copying a nested collection of {@code type}; null when there is nothing to copy. */
  private String lambda(ThriftType type, String param, String field, int depth) {
    ThriftType t = type.trueType();
    if (t instanceof ThriftType.ListOf || t instanceof ThriftType.SetOf || t instanceof ThriftType.MapOf) {
      return param + " -> " + copy(t, param, field, depth + 1);
    }
    return null;
  }
}
