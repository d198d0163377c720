package io.parley.compiler.gen.java;

import io.parley.compiler.ast.BaseKind;
import io.parley.compiler.diag.Diagnostics;
import io.parley.compiler.schema.Definition;
import io.parley.compiler.schema.Field;
import io.parley.compiler.schema.Method;
import io.parley.compiler.schema.Schema;
import io.parley.compiler.schema.ServiceDef;
import io.parley.compiler.schema.ThriftFile;
import io.parley.compiler.schema.ThriftType;

/**
 * Refuses service methods whose parameters cannot be one Java parameter list: a JVM method has 255
 * slots, one of them {@code this}, and a {@code long} or {@code double} takes two; the same holds
 * for the result and exceptions together, which travel in one generated holder. (A struct with
 * that many fields is fine: its constructor takes them in a builder.)
 */
final class JavaParameterSlots {
  /** The slots a generated instance method has for its parameters. */
  static final int MAX = StructView.MAX_PARAMETER_SLOTS - 1;

  private JavaParameterSlots() {}

  /** Reports every method of {@code schema} with too many parameters for Java. */
  static void check(Schema schema, Diagnostics diagnostics) {
    for (ThriftFile file : schema.files()) {
      for (Definition d : file.definitions()) {
        if (d instanceof ServiceDef s) {
          for (Method m : s.methods()) {
            int slots = 0;
            for (Field p : m.parameters()) {
              slots += slots(p.type());
            }
            if (slots > MAX) {
              diagnostics.error(m.location(), "'" + m.name() + "' has parameters needing " + slots
                  + " slots; a Java method holds " + MAX + " (an i64 or double takes two); pass a struct instead");
            }
            // The result struct holds the result and every exception, and has no builder to widen into.
            int resultSlots = m.result().map(JavaParameterSlots::slots).orElse(0) + m.exceptions().size();
            if (resultSlots > MAX) {
              diagnostics.error(m.location(), "'" + m.name() + "' declares " + m.exceptions().size()
                  + " exceptions, more than one Java result holder takes; declare fewer");
            }
          }
        }
      }
    }
  }

  private static int slots(ThriftType type) {
    return type.trueType() instanceof ThriftType.Base b && (b.kind() == BaseKind.I64 || b.kind() == BaseKind.DOUBLE)
        ? 2 : 1;
  }
}
