package io.parley.compiler.check;

import io.parley.compiler.ast.DefinitionElement;
import io.parley.compiler.diag.Diagnostic;
import io.parley.compiler.diag.Diagnostics;
import io.parley.compiler.load.SourceFile;
import java.util.HashMap;
import java.util.Map;

/** Two definitions of one file may not share a name, whatever their kinds. */
final class DuplicateDefinitionRule implements ElementRule {
  @Override
  public void check(SourceFile file, Diagnostics diagnostics) {
    Map<String, DefinitionElement> first = new HashMap<>();
    for (DefinitionElement d : file.element().definitions()) {
      DefinitionElement earlier = first.putIfAbsent(d.name(), d);
      if (earlier != null) {
        diagnostics.add(Diagnostic.error(d.location(), "duplicate definition of '" + d.name() + "'")
            .withNote(earlier.location(), "'" + d.name() + "' is first defined here as "
                + (earlier.keyword().equals("exception") || earlier.keyword().equals("enum") ? "an " : "a ")
                + earlier.keyword()));
      }
    }
  }
}
