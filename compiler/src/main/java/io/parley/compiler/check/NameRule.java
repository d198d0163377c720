package io.parley.compiler.check;

import io.parley.compiler.ast.DefinitionElement;
import io.parley.compiler.ast.EnumConstantElement;
import io.parley.compiler.ast.EnumElement;
import io.parley.compiler.ast.FieldElement;
import io.parley.compiler.ast.FunctionElement;
import io.parley.compiler.ast.ServiceElement;
import io.parley.compiler.ast.StructElement;
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
      if (d instanceof StructElement s) {
        fields(s.fields(), diagnostics);
      } else if (d instanceof EnumElement e) {
        for (EnumConstantElement c : e.constants()) {
          check(c.name(), c.location(), diagnostics);
        }
      } else if (d instanceof ServiceElement s) {
        for (FunctionElement f : s.functions()) {
          check(f.name(), f.location(), diagnostics);
          fields(f.parameters(), diagnostics);
          fields(f.exceptions(), diagnostics);
        }
      }
    }
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
