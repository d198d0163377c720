package io.parley.compiler.gen.python;

import io.parley.compiler.diag.Diagnostics;
import io.parley.compiler.schema.Schema;
import io.parley.compiler.schema.ThriftType;
import io.parley.compiler.schema.TypeExtent;
import io.parley.compiler.schema.TypeUses;

/**
 * Refuses types whose containers nest deeper than generated Python can be compiled: a codec walks
 * each level in a loop of its own, and CPython compiles at most 20 nested blocks in one function
 * ("too many statically nested blocks" at import, otherwise). Constants have no codec.
 */
final class PyNesting {
  /** The deepest container nesting whose codecs CPython 3.10-3.13 compile. */
  static final int MAX = 19;

  private PyNesting() {}

  /** Reports every field, argument and result of {@code schema} nested too deep. */
  static void check(Schema schema, Diagnostics diagnostics) {
    TypeExtent extent = new TypeExtent();
    TypeUses.forEach(schema, false, (type, at) -> {
      int depth = extent.of(type).depth();
      if (depth > MAX) {
        diagnostics.error(at, ThriftType.describe(type) + " nests containers " + depth + " deep; generated Python can hold "
            + MAX + " (CPython compiles at most 20 nested blocks in a function)");
      }
    });
  }
}
