package io.parley.compiler.check;

import io.parley.compiler.ast.FieldElement;
import io.parley.compiler.diag.Diagnostics;
import io.parley.compiler.load.SourceFile;
import java.util.List;

/**
 * Explicit field ids lie in 1..32767, the positive range of the i16 that carries them on the wire;
 * a field without an id gets a negative one, which works but breaks as soon as fields are
 * reordered, so it is warned about.
 */
final class FieldIdRule implements ElementRule {
  static final long MAX_ID = Short.MAX_VALUE;

  @Override
  public void check(SourceFile file, Diagnostics diagnostics) {
    Members.fieldLists(file.element()).forEach(fields -> check(fields, diagnostics));
  }

  private static void check(List<FieldElement> fields, Diagnostics diagnostics) {
    int implicit = 0;
    for (FieldElement f : fields) {
      if (f.id() == null) {
        implicit++;
        diagnostics.warning(f.location(), "field '" + f.name() + "' has no id and gets " + (-implicit)
            + "; give it an explicit id so that reordering fields cannot break compatibility");
      } else if (f.id() < 1 || f.id() > MAX_ID) {
        diagnostics.error(f.idLocation(), "field id " + f.id() + " of '" + f.name()
            + "' is out of range; ids go from 1 to " + MAX_ID);
      }
    }
  }
}
