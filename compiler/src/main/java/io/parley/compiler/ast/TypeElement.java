package io.parley.compiler.ast;

import io.parley.compiler.diag.Location;
import java.util.List;

/** A type as written in the IDL, before names are resolved. */
public sealed interface TypeElement {
  Location location();

  List<Annotation> annotations();

  /** A reference by name: a typedef, enum, struct, union or exception, maybe {@code include.Name}. */
  record Named(Location location, String name) implements TypeElement {
    @Override
    public List<Annotation> annotations() {
      return List.of();
    }
  }

  /** A built-in type; {@code keyword} is the spelling used (e.g. {@code byte} or {@code i8}). */
  record Base(Location location, BaseKind kind, String keyword, List<Annotation> annotations)
      implements TypeElement {
    public Base {
      annotations = List.copyOf(annotations);
    }
  }

  /** {@code list<element>}. */
  record ListOf(Location location, TypeElement element, List<Annotation> annotations)
      implements TypeElement {
    public ListOf {
      annotations = List.copyOf(annotations);
    }
  }

  /** {@code set<element>}. */
  record SetOf(Location location, TypeElement element, List<Annotation> annotations)
      implements TypeElement {
    public SetOf {
      annotations = List.copyOf(annotations);
    }
  }

  /** {@code map<key, value>}. */
  record MapOf(Location location, TypeElement key, TypeElement value, List<Annotation> annotations)
      implements TypeElement {
    public MapOf {
      annotations = List.copyOf(annotations);
    }
  }
}
