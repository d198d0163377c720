package io.parley.compiler.gen.java;

import io.parley.compiler.ast.Requiredness;
import io.parley.compiler.schema.Field;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The compact decoder's fast path: the statements of a labelled block ({@code inOrder$$}) that
 * read the fields in declaration order, each behind one comparison of its header byte, which a
 * writer sends as the field's type and its distance from the field before. The first header that
 * differs (a field left out, reordered or unknown) leaves the block with the header unread by it
 * and {@code id$$} at the last field read, and the decoder's general loop goes on from there. A
 * comparison may only follow a field that was read: the header of a field after a missing one is
 * relative to an earlier field and could look like another field's.
 */
final class CompactInOrder {
  private CompactInOrder() {}

  /**
   * The block's statements for {@code fields} decoded into {@code views}' locals, the first header
   * already read into {@code header$$}; empty when the first field's id is past 15 (its header is
   * never one byte).
   */
  static List<String> lines(List<Field> fields, List<FieldView> views) {
    List<String> lines = new ArrayList<>();
    int lastId = 0;
    for (int i = 0; i < fields.size(); i++) {
      Field f = fields.get(i);
      int delta = f.id() - lastId;
      if (delta <= 0 || delta > 15) {
        break;
      }
      String local = views.get(i).local();
      String next = i == 0 ? "header$$" : "(header$$ = in.fieldHeader())";
      if (JavaStructs.isBool(f.type())) {
        if (i > 0) {
          lines.add("header$$ = in.fieldHeader();");
        }
        lines.add("if (header$$ == " + hex(delta << 4 | 1) + ") {");
        lines.add("  " + local + " = true;");
        lines.add("} else if (header$$ == " + hex(delta << 4 | 2) + ") {");
        lines.add("  " + local + " = false;");
        lines.add("} else {");
        lines.add("  break inOrder$$;");
        lines.add("}");
      } else {
        lines.add("if (" + next + " != " + hex(delta << 4 | JavaStructs.compactType(f.type())) + ") {");
        lines.add("  break inOrder$$;");
        lines.add("}");
        List<String> read = views.get(i).valueLines();
        if (read.size() == 1) {
          lines.addAll(read);
        } else {
          // Containers declare temporaries; a block keeps them from meeting the next field's.
          lines.add("{");
          read.forEach(l -> lines.add("  " + l));
          lines.add("}");
        }
      }
      if (f.requiredness() == Requiredness.REQUIRED) {
        lines.add(local + "Set = true;");
      }
      lines.add("id$$ = " + f.id() + ";");
      lastId = f.id();
    }
    if (!lines.isEmpty()) {
      lines.add("header$$ = in.fieldHeader();");
    }
    return lines;
  }

  private static String hex(int b) {
    return "0x" + HexFormat.of().toHexDigits((byte) b);
  }
}
