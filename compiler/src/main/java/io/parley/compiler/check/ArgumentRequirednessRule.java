package io.parley.compiler.check;

import io.parley.compiler.ast.FieldElement;
import io.parley.compiler.ast.Requiredness;
import io.parley.compiler.diag.Diagnostics;
import io.parley.compiler.load.SourceFile;

/**
 * Requiredness means little in a method signature: {@code optional} parameters are still sent and
 * a {@code required} exception cannot be, so both are ignored with a warning, as Thrift does.
 */
final class ArgumentRequirednessRule implements ElementRule {
  @Override
  public void check(SourceFile file, Diagnostics diagnostics) {
    for (Members.Method method : Members.methods(file.element())) {
      for (FieldElement p : method.function().parameters()) {
        if (p.requiredness() == Requiredness.OPTIONAL) {
          diagnostics.warning(p.location(), "'optional' is ignored on parameter '" + p.name()
              + "' of " + method.qualifiedName() + ": parameters are always sent");
        }
      }
      for (FieldElement e : method.function().exceptions()) {
        if (e.requiredness() == Requiredness.REQUIRED) {
          diagnostics.warning(e.location(), "'required' is ignored on exception '" + e.name()
              + "' of " + method.qualifiedName() + ": at most one exception is thrown");
        }
      }
    }
  }
}
