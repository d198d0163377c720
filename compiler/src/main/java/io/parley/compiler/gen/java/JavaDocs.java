package io.parley.compiler.gen.java;

import io.parley.compiler.ast.Doc;
import java.util.List;

/** Turns IDL doc comments into Javadoc lines that cannot break the comment or its HTML. */
final class JavaDocs {
  private JavaDocs() {}

  static List<String> lines(Doc doc) {
    if (!doc.isPresent()) {
      return List.of();
    }
    String text = doc.text().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("*/", "*&#47;").replace("@", "&#64;");
    return List.of(text.split("\n", -1));
  }
}
