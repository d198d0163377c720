package io.parley.compiler.schema;

import io.parley.compiler.ast.Annotation;
import io.parley.compiler.ast.BaseKind;
import io.parley.compiler.ast.StructKind;
import java.util.List;

/**
 * A resolved type. Named types refer to their definition by {@link Symbol}, so recursive types are
 * plain values; look the definition up in the {@link Schema}.
 */
public sealed interface ThriftType {

  /** The type with every typedef replaced by what it names. */
  default ThriftType trueType() {
    return this;
  }

  /** The type as the IDL spells it, for messages. */
  String displayName();

  /** {@code 'name'} for messages, or "this type" when spelling it out would fill a line. */
  static String describe(ThriftType type) {
    String name = type.displayName();
    return name.length() <= 40 ? "'" + name + "'" : "this type";
  }

  /** A built-in scalar type, with the annotations written on it (e.g. {@code java.type}). */
  record Base(BaseKind kind, List<Annotation> annotations) implements ThriftType {
    public Base {
      annotations = List.copyOf(annotations);
    }

    /** The plain type without annotations. */
    public static Base of(BaseKind kind) {
      return new Base(kind, List.of());
    }

    @Override
    public String displayName() {
      return kind.idlName();
    }
  }

  /** {@code list<element>}. */
  record ListOf(ThriftType element, List<Annotation> annotations) implements ThriftType {
    public ListOf {
      annotations = List.copyOf(annotations);
    }

    @Override
    public String displayName() {
      return "list<" + element.displayName() + ">";
    }
  }

  /** {@code set<element>}. */
  record SetOf(ThriftType element, List<Annotation> annotations) implements ThriftType {
    public SetOf {
      annotations = List.copyOf(annotations);
    }

    @Override
    public String displayName() {
      return "set<" + element.displayName() + ">";
    }
  }

  /** {@code map<key, value>}. */
  record MapOf(ThriftType key, ThriftType value, List<Annotation> annotations) implements ThriftType {
    public MapOf {
      annotations = List.copyOf(annotations);
    }

    @Override
    public String displayName() {
      return "map<" + key.displayName() + ", " + value.displayName() + ">";
    }
  }

  /** A reference to an enum. */
  record EnumRef(Symbol symbol) implements ThriftType {
    @Override
    public String displayName() {
      return symbol.name();
    }
  }

  /** A reference to a struct, union or exception. */
  record StructRef(Symbol symbol, StructKind kind) implements ThriftType {
    @Override
    public String displayName() {
      return symbol.name();
    }
  }

  /** A reference to a typedef, carrying the type it stands for (itself maybe a typedef). */
  record TypedefRef(Symbol symbol, ThriftType target) implements ThriftType {
    @Override
    public ThriftType trueType() {
      ThriftType type = target;
      while (type instanceof TypedefRef typedef) { // a loop: a chain may be thousands long
        type = typedef.target;
      }
      return type.trueType();
    }

    @Override
    public String displayName() {
      return symbol.name();
    }
  }
}
