package io.parley.compiler.gen.python;

import io.parley.compiler.diag.Diagnostics;
import io.parley.compiler.diag.Location;
import io.parley.compiler.schema.Definition;
import io.parley.compiler.schema.Field;
import io.parley.compiler.schema.Method;
import io.parley.compiler.schema.Schema;
import io.parley.compiler.schema.ServiceDef;
import io.parley.compiler.schema.StructDef;
import io.parley.compiler.schema.ThriftFile;
import io.parley.compiler.schema.ThriftType;
import io.parley.compiler.schema.TypeExtent;

/**
 * Refuses types whose containers nest deeper than generated Python can be compiled: a codec walks
 * each level in a loop of its own, and CPython compiles at most 20 nested blocks in one function
 * ("too many statically nested blocks" at import, otherwise).
 */
final class PyNesting {
  /** The deepest container nesting whose codecs CPython 3.10-3.13 compile. */
  static final int MAX = 19;

  private PyNesting() {}

  /** Reports every field, argument and result of {@code schema} nested too deep. */
  static void check(Schema schema, Diagnostics diagnostics) {
    TypeExtent extent = new TypeExtent();
    for (ThriftFile file : schema.files()) {
      for (Definition d : file.definitions()) {
        if (d instanceof StructDef s) {
          s.fields().forEach(f -> check(extent, f.type(), f.location(), diagnostics));
        } else if (d instanceof ServiceDef s) {
          for (Method m : s.methods()) {
            m.result().ifPresent(r -> check(extent, r, m.location(), diagnostics));
            for (Field p : m.parameters()) {
              check(extent, p.type(), p.location(), diagnostics);
            }
          }
        }
      }
    }
  }

  private static void check(TypeExtent extent, ThriftType type, Location at, Diagnostics diagnostics) {
    int d = extent.of(type).depth();
    if (d > MAX) {
      diagnostics.error(at, ThriftType.describe(type) + " nests containers " + d
          + " deep; generated Python can hold " + MAX + " (CPython compiles at most 20 nested blocks in a function)");
    }
  }
}
