package io.parley.compiler.check;

import io.parley.compiler.diag.Diagnostics;
import io.parley.compiler.diag.Location;
import io.parley.compiler.schema.ConstDef;
import io.parley.compiler.schema.Definition;
import io.parley.compiler.schema.Field;
import io.parley.compiler.schema.Method;
import io.parley.compiler.schema.Schema;
import io.parley.compiler.schema.ServiceDef;
import io.parley.compiler.schema.StructDef;
import io.parley.compiler.schema.ThriftFile;
import io.parley.compiler.schema.ThriftType;
import io.parley.compiler.schema.TypedefDef;

/**
 * Warns about map keys and set elements that are themselves containers: Thrift can carry them, but
 * they are mutable or unhashable in some target languages (a Python dict cannot key on a list).
 * Structs are fine: generated values are immutable and hashable in every target.
 */
final class ContainerKeyRule implements SchemaRule {
  @Override
  public void check(Schema schema, Diagnostics diagnostics) {
    for (ThriftFile file : schema.files()) {
      for (Definition d : file.definitions()) {
        if (d instanceof StructDef s) {
          s.fields().forEach(f -> visit(f.type(), f.location(), diagnostics));
        } else if (d instanceof TypedefDef t) {
          visit(t.target(), t.location(), diagnostics);
        } else if (d instanceof ConstDef c) {
          visit(c.type(), c.location(), diagnostics);
        } else if (d instanceof ServiceDef s) {
          for (Method m : s.methods()) {
            m.result().ifPresent(r -> visit(r, m.location(), diagnostics));
            for (Field p : m.parameters()) {
              visit(p.type(), p.location(), diagnostics);
            }
          }
        }
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
