package io.parley.compiler.gen;

import io.parley.compiler.diag.Diagnostics;
import io.parley.compiler.schema.Schema;
import java.util.List;

/**
 * A code generator for one target language, found through {@link java.util.ServiceLoader}.
 *
 * <p>Generators never touch the disk: they return files, so that output is easy to test, preview
 * and write atomically. Output must be deterministic.
 */
public interface Generator {
  /** The target's name as used on the command line, e.g. {@code java} or {@code python}. */
  String target();

  /**
   * Generates code for every file of {@code schema}. Problems only this target has (names that
   * collide once escaped for the language) are reported to {@code diagnostics} as errors.
   */
  List<GeneratedFile> generate(Schema schema, Diagnostics diagnostics);

  /**
   * This generator rendering with {@code templates} (user copies searched before the built-in
   * ones); generators without templates return themselves.
   */
  default Generator withTemplates(TemplateEngine templates) {
    return this;
  }
}
