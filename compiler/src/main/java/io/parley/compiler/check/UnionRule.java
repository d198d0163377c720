package io.parley.compiler.check;

import io.parley.compiler.ast.DefinitionElement;
import io.parley.compiler.ast.FieldElement;
import io.parley.compiler.ast.Requiredness;
import io.parley.compiler.ast.StructElement;
import io.parley.compiler.ast.StructKind;
import io.parley.compiler.diag.Diagnostic;
import io.parley.compiler.diag.Diagnostics;
import io.parley.compiler.load.SourceFile;

/**
 * Exactly one field of a union is set: a {@code required} member is ignored with a warning (as
 * Thrift does), and only one member may carry a default value.
 */
final class UnionRule implements ElementRule {
  @Override
  public void check(SourceFile file, Diagnostics diagnostics) {
    for (DefinitionElement d : file.element().definitions()) {
      if (d instanceof StructElement s && s.kind() == StructKind.UNION) {
        FieldElement withDefault = null;
        for (FieldElement f : s.fields()) {
          if (f.requiredness() == Requiredness.REQUIRED) {
            diagnostics.warning(f.location(), "'required' is ignored on field '" + f.name()
                + "' of union " + s.name() + ": a union sets exactly one of its fields");
          }
          if (f.defaultValue() != null) {
            if (withDefault != null) {
              diagnostics.add(Diagnostic.error(f.defaultValue().location(), "union " + s.name()
                      + " can give a default value to one field only")
                  .withNote(withDefault.defaultValue().location(), "'" + withDefault.name() + "' already has one"));
            } else {
              withDefault = f;
            }
          }
        }
      }
    }
  }
}
