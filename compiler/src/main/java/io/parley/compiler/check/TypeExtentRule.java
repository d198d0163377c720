package io.parley.compiler.check;

import io.parley.compiler.diag.Diagnostics;
import io.parley.compiler.schema.Schema;
import io.parley.compiler.schema.ThriftType;
import io.parley.compiler.schema.TypeExtent;
import io.parley.compiler.schema.TypeUses;
import java.util.Locale;

/**
 * Refuses a field, argument, result or constant whose type, once typedefs are expanded, nests
 * containers more than {@link #MAX_DEPTH} deep or is made of more than {@link #MAX_SIZE} types.
 * Generators spell types out and walk their nesting by recursion, and typedefs can stack a type far
 * beyond anything written (see {@link TypeExtent}); no real schema comes near either limit.
 */
final class TypeExtentRule implements SchemaRule {
  /** The deepest container nesting allowed, as deep as brackets may nest in one written type. */
  static final int MAX_DEPTH = 100;
  /** The most types one expanded type may be made of. */
  static final long MAX_SIZE = 1000;

  @Override
  public void check(Schema schema, Diagnostics diagnostics) {
    TypeExtent extent = new TypeExtent();
    TypeUses.forEach(schema, true, (type, at) -> {
      TypeExtent.Extent e = extent.of(type);
      if (e.depth() > MAX_DEPTH) {
        diagnostics.error(at, ThriftType.describe(type) + " nests containers " + e.depth() + " deep; the most is "
            + MAX_DEPTH);
      } else if (e.size() > MAX_SIZE) {
        diagnostics.error(at, ThriftType.describe(type) + " is made of "
            + (e.size() == Long.MAX_VALUE ? "too many" : String.format(Locale.ROOT, "%,d", e.size()))
            + " types once its typedefs are expanded; the most is " + String.format(Locale.ROOT, "%,d", MAX_SIZE));
      }
    });
  }
}
