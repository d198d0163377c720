package io.parley.compiler.check;

import io.parley.compiler.diag.Diagnostics;
import io.parley.compiler.diag.Location;
import io.parley.compiler.schema.Schema;
import io.parley.compiler.schema.ThriftFile;
import io.parley.compiler.schema.ThriftType;
import io.parley.compiler.schema.TypeUses;
import io.parley.compiler.schema.TypedefDef;

/**
 * Warns about map keys and set elements that are themselves containers: Thrift can carry them, but
 * they are mutable or unhashable in some target languages (a Python dict cannot key on a list).
 * Structs are fine: generated values are immutable and hashable in every target.
 */
final class ContainerKeyRule implements SchemaRule {
  @Override
  public void check(Schema schema, Diagnostics diagnostics) {
    TypeUses.forEach(schema, true, (type, at) -> visit(type, at, diagnostics));
    for (ThriftFile file : schema.files()) {
      for (TypedefDef t : file.definitions(TypedefDef.class)) {
        visit(t.target(), t.location(), diagnostics);
      }
    }
  }

  private static void visit(ThriftType type, Location at, Diagnostics diagnostics) {
    if (type instanceof ThriftType.ListOf l) {
      visit(l.element(), at, diagnostics);
    } else if (type instanceof ThriftType.SetOf s) {
      key(s.element(), "set element", at, diagnostics);
      visit(s.element(), at, diagnostics);
    } else if (type instanceof ThriftType.MapOf m) {
      key(m.key(), "map key", at, diagnostics);
      visit(m.key(), at, diagnostics);
      visit(m.value(), at, diagnostics);
    }
  }

  private static void key(ThriftType type, String role, Location at, Diagnostics diagnostics) {
    ThriftType t = type.trueType();
    if (t instanceof ThriftType.ListOf || t instanceof ThriftType.SetOf || t instanceof ThriftType.MapOf) {
      diagnostics.warning(at, role + " type " + type.displayName()
          + " is not hashable in every target language (e.g. Python); prefer a scalar, string, enum or struct");
    }
  }
}
