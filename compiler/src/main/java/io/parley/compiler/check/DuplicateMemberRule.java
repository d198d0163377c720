package io.parley.compiler.check;

import io.parley.compiler.ast.DefinitionElement;
import io.parley.compiler.ast.EnumConstantElement;
import io.parley.compiler.ast.EnumElement;
import io.parley.compiler.ast.FieldElement;
import io.parley.compiler.ast.FunctionElement;
import io.parley.compiler.ast.ServiceElement;
import io.parley.compiler.ast.StructElement;
import io.parley.compiler.diag.Diagnostic;
import io.parley.compiler.diag.Diagnostics;
import io.parley.compiler.diag.Location;
import io.parley.compiler.load.SourceFile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names and ids are unique within each field list, parameter list and throws list; method names
 * within a service; value names within an enum.
 */
final class DuplicateMemberRule implements ElementRule {
  @Override
  public void check(SourceFile file, Diagnostics diagnostics) {
    for (DefinitionElement d : file.element().definitions()) {
      if (d instanceof StructElement s) {
        fields(s.fields(), d.keyword() + " " + d.name(), diagnostics);
      } else if (d instanceof EnumElement e) {
        Map<String, Location> names = new HashMap<>();
        for (EnumConstantElement c : e.constants()) {
          unique(names, c.name(), c.location(), "value '" + c.name() + "' in enum " + e.name(), diagnostics);
        }
      } else if (d instanceof ServiceElement s) {
        Map<String, Location> names = new HashMap<>();
        for (FunctionElement f : s.functions()) {
          unique(names, f.name(), f.location(), "method '" + f.name() + "' in service " + s.name(), diagnostics);
          fields(f.parameters(), "the parameters of " + s.name() + "." + f.name(), diagnostics);
          fields(f.exceptions(), "the throws clause of " + s.name() + "." + f.name(), diagnostics);
        }
      }
    }
  }

  private static void fields(List<FieldElement> fields, String where, Diagnostics diagnostics) {
    Map<String, Location> names = new HashMap<>();
    Map<Long, Location> ids = new HashMap<>();
    for (FieldElement f : fields) {
      unique(names, f.name(), f.location(), "field name '" + f.name() + "' in " + where, diagnostics);
      if (f.id() != null) {
        unique(ids, f.id(), f.idLocation(), "field id " + f.id() + " in " + where, diagnostics);
      }
    }
  }

  private static <K> void unique(Map<K, Location> seen, K key, Location at, String what, Diagnostics diagnostics) {
    Location earlier = seen.putIfAbsent(key, at);
    if (earlier != null) {
      diagnostics.add(Diagnostic.error(at, "duplicate " + what).withNote(earlier, "first used here"));
    }
  }
}
