package io.parley.compiler.link;

import io.parley.compiler.ast.FieldElement;
import java.util.List;

/**
 * Numbers the fields of one field list. Explicit ids are kept; a field without one gets the next
 * negative id (-1, -2, ...), as Apache Thrift assigns them, so that the wire stays compatible.
 */
final class FieldIds {
  private FieldIds() {}

  static int[] assign(List<FieldElement> fields) {
    int[] ids = new int[fields.size()];
    int next = -1;
    for (int i = 0; i < ids.length; i++) {
      Long id = fields.get(i).id();
      if (id == null) {
        ids[i] = next--;
      } else {
        // Out-of-range ids are reported by the field id rule; clamp so linking can go on.
        ids[i] = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, id));
      }
    }
    return ids;
  }
}
