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
import io.parley.compiler.schema.TypeExtent;
import java.util.Locale;

/**
 * Refuses a field, argument, result or constant whose type, once typedefs are expanded, nests
 * containers more than {@link #MAX_DEPTH} deep or is made of more than {@link #MAX_SIZE} types.
 * Generators spell types out and walk their nesting by recursion, and typedefs can stack a type far
 * beyond anything written (see {@link TypeExtent}); no real schema comes near either limit.
 * Typedefs themselves generate nothing, so they are judged where used.
 */
final class TypeExtentRule implements SchemaRule {
  /** The deepest container nesting allowed, as deep as brackets may nest in one written type. */
  static final int MAX_DEPTH = 100;
  /** The most types one expanded type may be made of. */
  static final long MAX_SIZE = 1000;

  @Override
  public void check(Schema schema, Diagnostics diagnostics) {
    TypeExtent extent = new TypeExtent();
    for (ThriftFile file : schema.files()) {
      for (Definition d : file.definitions()) {
        if (d instanceof StructDef s) {
          s.fields().forEach(f -> check(extent, f.type(), f.location(), diagnostics));
        } else if (d instanceof ConstDef c) {
          check(extent, c.type(), c.location(), diagnostics);
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
    TypeExtent.Extent e = extent.of(type);
    if (e.depth() > MAX_DEPTH) {
      diagnostics.error(at, ThriftType.describe(type) + " nests containers " + e.depth() + " deep; the most is "
          + MAX_DEPTH);
    } else if (e.size() > MAX_SIZE) {
      diagnostics.error(at, ThriftType.describe(type) + " is made of "
          + (e.size() == Long.MAX_VALUE ? "too many" : String.format(Locale.ROOT, "%,d", e.size()))
          + " types once its typedefs are expanded; the most is " + String.format(Locale.ROOT, "%,d", MAX_SIZE));
    }
  }
}
