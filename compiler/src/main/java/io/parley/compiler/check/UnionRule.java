package io.parley.compiler.check;

import io.parley.compiler.ast.DefinitionElement;
import io.parley.compiler.ast.FieldElement;
import io.parley.compiler.ast.Requiredness;
import io.parley.compiler.ast.StructElement;
import io.parley.compiler.ast.StructKind;
import io.parley.compiler.diag.Diagnostics;
import io.parley.compiler.load.SourceFile;

/** Exactly one field of a union is set, so none of its fields can be required. */
final class UnionRule implements ElementRule {
  @Override
  public void check(SourceFile file, Diagnostics diagnostics) {
    for (DefinitionElement d : file.element().definitions()) {
      if (d instanceof StructElement s && s.kind() == StructKind.UNION) {
        for (FieldElement f : s.fields()) {
          if (f.requiredness() == Requiredness.REQUIRED) {
            diagnostics.error(f.location(), "field '" + f.name() + "' of union " + s.name()
                + " cannot be required: a union sets exactly one of its fields");
          }
        }
      }
    }
  }
}
