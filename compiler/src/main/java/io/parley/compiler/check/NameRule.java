package io.parley.compiler.check;

import io.parley.compiler.ast.DefinitionElement;
import io.parley.compiler.ast.EnumConstantElement;
import io.parley.compiler.ast.EnumElement;
import io.parley.compiler.ast.FieldElement;
import io.parley.compiler.diag.Diagnostics;
import io.parley.compiler.diag.Location;
import io.parley.compiler.load.SourceFile;
import java.util.List;

/** A name that is defined cannot contain '.', which is reserved for qualified references. */
final class NameRule implements ElementRule {
  @Override
  public void check(SourceFile file, Diagnostics diagnostics) {
    for (DefinitionElement d : file.element().definitions()) {
      check(d.name(), d.location(), diagnostics);
      if (d instanceof EnumElement e) {
        for (EnumConstantElement c : e.constants()) {
          check(c.name(), c.location(), diagnostics);
        }
      }
    }
    Members.methods(file.element()).forEach(m -> check(m.function().name(), m.function().location(), diagnostics));
    Members.fieldLists(file.element()).forEach(fields -> fields(fields, diagnostics));
  }

  private static void fields(List<FieldElement> fields, Diagnostics diagnostics) {
    fields.forEach(f -> check(f.name(), f.location(), diagnostics));
  }

  private static void check(String name, Location at, Diagnostics diagnostics) {
    if (name.indexOf('.') >= 0) {
      diagnostics.error(at, "'" + name + "' cannot be defined: names may not contain '.'");
    }
  }
}
