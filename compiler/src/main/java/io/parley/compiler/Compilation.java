package io.parley.compiler;

import io.parley.compiler.diag.Diagnostic;
import io.parley.compiler.diag.DiagnosticFormatter;
import io.parley.compiler.diag.Severity;
import io.parley.compiler.load.SourceSet;
import io.parley.compiler.schema.Schema;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of compiling a set of IDL files: the schema when there was no error, and every
 * diagnostic, sorted.
 */
public final class Compilation {
  private final Schema schema;
  private final List<Diagnostic> diagnostics;
  private final SourceSet sources;

  Compilation(Schema schema, List<Diagnostic> diagnostics, SourceSet sources) {
    this.schema = schema;
    this.diagnostics = List.copyOf(diagnostics);
    this.sources = sources;
  }

  /** The linked schema; empty when any error was found. */
  public Optional<Schema> schema() {
    return Optional.ofNullable(schema);
  }

  /** Whether the files compiled without error. */
  public boolean succeeded() {
    return schema != null;
  }

  /** Every error and warning, sorted by file, line and column. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** How many diagnostics have {@code severity}. */
  public long count(Severity severity) {
    return diagnostics.stream().filter(d -> d.severity() == severity).count();
  }

  /** The number of files read, includes counted. */
  public int fileCount() {
    return sources.files().size();
  }

  /** Renders {@code more} diagnostics (a generator's, say) against this compilation's sources. */
  public String format(List<Diagnostic> more) {
    return new DiagnosticFormatter(sources::lines).formatAll(more);
  }

  /** The diagnostics rendered for a terminal, each with its source line and caret. */
  public String formattedDiagnostics() {
    return new DiagnosticFormatter(sources::lines).formatAll(diagnostics);
  }
}
