package io.parley.compiler.cli;

import io.parley.compiler.Compilation;
import io.parley.compiler.Compiler;
import io.parley.compiler.diag.Severity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options that {@code check} and {@code gen} share: files, include directories, strictness. */
final class CompileOptions {
  @Option(names = {"-I", "--include-dir"}, paramLabel = "DIR",
      description = "Also look for included files in DIR (after the including file's directory; repeatable, in order).")
  List<Path> includeDirs = new ArrayList<>();

  @Option(names = "--strict", description = "Treat warnings as errors.")
  boolean strict;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "The IDL files to compile.")
  List<Path> files = new ArrayList<>();

  /** Compiles and prints the diagnostics with a one-line summary to {@code err}. */
  Compilation compile(PrintWriter err) {
    Compilation compilation = new Compiler(includeDirs, strict).compile(files);
    if (!compilation.diagnostics().isEmpty()) {
      err.print(compilation.formattedDiagnostics());
      err.println(summary(compilation.count(Severity.ERROR), compilation.count(Severity.WARNING)));
    }
    err.flush();
    return compilation;
  }

  /** "2 errors, 1 warning": the line that ends a list of diagnostics. */
  static String summary(long errors, long warnings) {
    List<String> parts = new ArrayList<>();
    if (errors > 0) {
      parts.add(errors + (errors == 1 ? " error" : " errors"));
    }
    if (warnings > 0) {
      parts.add(warnings + (warnings == 1 ? " warning" : " warnings"));
    }
    return String.join(", ", parts);
  }
}
