package io.parley.compiler.check;

import io.parley.compiler.ast.DefinitionElement;
import io.parley.compiler.ast.FieldElement;
import io.parley.compiler.ast.FunctionElement;
import io.parley.compiler.ast.Requiredness;
import io.parley.compiler.ast.ServiceElement;
import io.parley.compiler.diag.Diagnostics;
import io.parley.compiler.load.SourceFile;

/**
 * Requiredness means little in a method signature: {@code optional} parameters are still sent and
 * a {@code required} exception cannot be, so both are ignored with a warning, as Thrift does.
 */
final class ArgumentRequirednessRule implements ElementRule {
  @Override
  public void check(SourceFile file, Diagnostics diagnostics) {
    for (DefinitionElement d : file.element().definitions()) {
      if (!(d instanceof ServiceElement s)) {
        continue;
      }
      for (FunctionElement f : s.functions()) {
        for (FieldElement p : f.parameters()) {
          if (p.requiredness() == Requiredness.OPTIONAL) {
            diagnostics.warning(p.location(), "'optional' is ignored on parameter '" + p.name()
                + "' of " + s.name() + "." + f.name() + ": parameters are always sent");
          }
        }
        for (FieldElement e : f.exceptions()) {
          if (e.requiredness() == Requiredness.REQUIRED) {
            diagnostics.warning(e.location(), "'required' is ignored on exception '" + e.name()
                + "' of " + s.name() + "." + f.name() + ": at most one exception is thrown");
          }
        }
      }
    }
  }
}
