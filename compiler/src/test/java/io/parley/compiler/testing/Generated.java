package io.parley.compiler.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.compiler.Compilation;
import io.parley.compiler.Compiler;
import io.parley.compiler.diag.Diagnostics;
import io.parley.compiler.gen.GeneratedFile;
import io.parley.compiler.gen.Generator;
import java.nio.file.Path;
import java.util.List;

/** Compiles IDL files and runs one generator on them, failing the test on any diagnostic error. */
public final class Generated {
  private Generated() {}

  /** What {@code generator} makes of {@code files}; the IDL must compile and generate cleanly. */
  public static List<GeneratedFile> by(Generator generator, List<Path> files, List<Path> includeDirs) {
    Compilation compilation = new Compiler(includeDirs, false).compile(files);
    assertTrue(compilation.succeeded(), compilation.formattedDiagnostics());
    Diagnostics diagnostics = new Diagnostics();
    List<GeneratedFile> generated = generator.generate(compilation.schema().orElseThrow(), diagnostics);
    assertEquals(List.of(), diagnostics.sorted());
    return generated;
  }
}
