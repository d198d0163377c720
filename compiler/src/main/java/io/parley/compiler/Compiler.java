package io.parley.compiler;

import io.parley.compiler.check.ElementRule;
import io.parley.compiler.check.Rules;
import io.parley.compiler.check.SchemaRule;
import io.parley.compiler.diag.Diagnostic;
import io.parley.compiler.diag.Diagnostics;
import io.parley.compiler.diag.Severity;
import io.parley.compiler.link.Linker;
import io.parley.compiler.load.SourceFile;
import io.parley.compiler.load.SourceLoader;
import io.parley.compiler.load.SourceSet;
import io.parley.compiler.schema.Schema;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Compiles Thrift IDL files to a checked {@link Schema}: parse, link, check, each phase reporting
 * all of its problems before the next one runs.
 *
 * <pre>{@code
 * Compilation result = new Compiler(List.of(Path.of("idl")), false).compile(List.of(Path.of("a.thrift")));
 * }</pre>
 */
public final class Compiler {
  private final List<Path> includeDirs;
  private final boolean strict;

  /**
   * @param includeDirs where to look for included files not found beside the including file
   * @param strict whether warnings count as errors
   */
  public Compiler(List<Path> includeDirs, boolean strict) {
    this.includeDirs = List.copyOf(includeDirs);
    this.strict = strict;
  }

  /** Compiles {@code files} and everything they include. */
  public Compilation compile(List<Path> files) {
    Diagnostics diagnostics = new Diagnostics();
    SourceSet sources = new SourceLoader(includeDirs, diagnostics).load(files);
    Schema schema = null;
    if (!diagnostics.hasErrors()) {
      for (SourceFile file : sources.files()) {
        for (ElementRule rule : Rules.elementRules()) {
          rule.check(file, diagnostics);
        }
      }
      Schema linked = new Linker(sources, diagnostics).link();
      if (!diagnostics.hasErrors()) {
        for (SchemaRule rule : Rules.schemaRules()) {
          rule.check(linked, diagnostics);
        }
        schema = diagnostics.hasErrors() ? null : linked;
      }
    }
    List<Diagnostic> all = diagnostics.sorted();
    if (strict) {
      all = all.stream()
          .map(d -> d.severity() == Severity.WARNING ? d.withSeverity(Severity.ERROR) : d)
          .collect(Collectors.toList());
      if (all.stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
        schema = null;
      }
    }
    return new Compilation(schema, all, sources);
  }
}
