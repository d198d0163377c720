package io.parley.compiler.gen.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.compiler.Compilation;
import io.parley.compiler.Compiler;
import io.parley.compiler.RealisticIdlTest;
import io.parley.compiler.diag.Diagnostic;
import io.parley.compiler.diag.Diagnostics;
import io.parley.compiler.gen.GeneratedFile;
import io.parley.compiler.gen.TemplateEngine;
import io.parley.compiler.schema.Schema;
import io.parley.compiler.testing.PythonPeer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rendering a module's structs and services on several threads changes nothing a user sees: the
 * same files with the same bytes in the same order, and the same diagnostics, as on one thread.
 */
class ParallelPythonGenerationTest {
  private static final Path REALISTIC = Path.of("src/test/resources/realistic");

  @TempDir
  Path temp;

  /** Output and diagnostics of one run. */
  private record Run(List<GeneratedFile> files, List<String> diagnostics) {}

  private static Run run(PythonGenerator generator, Schema schema) {
    Diagnostics diagnostics = new Diagnostics();
    List<GeneratedFile> files = generator.generate(schema, diagnostics);
    return new Run(files, diagnostics.sorted().stream().map(Diagnostic::toString).toList());
  }

  private static PythonGenerator sequential() {
    return new PythonGenerator(new TemplateEngine(), 1, Integer.MAX_VALUE);
  }

  /** Several threads even for a single struct, and more threads than this machine may have cores. */
  private static PythonGenerator parallel() {
    return new PythonGenerator(new TemplateEngine(), 4, 0);
  }

  private static Schema schema(List<Path> idl, List<Path> includeDirs) {
    Compilation compilation = new Compiler(includeDirs, false).compile(idl);
    assertTrue(compilation.succeeded(), compilation.formattedDiagnostics());
    return compilation.schema().orElseThrow();
  }

  private static void assertSameOutput(Schema schema, int parallelRuns) {
    Run expected = run(sequential(), schema);
    for (int i = 0; i < parallelRuns; i++) {
      Run actual = run(parallel(), schema);
      assertEquals(expected.files().stream().map(GeneratedFile::path).toList(),
          actual.files().stream().map(GeneratedFile::path).toList());
      assertEquals(expected, actual); // records: every path and content, in order
    }
  }

  @TestFactory
  Stream<DynamicTest> fixturesAndExamplesGiveIdenticalOutput() throws IOException {
    List<Path> idl = new ArrayList<>();
    try (Stream<Path> walk = Stream.concat(Files.walk(Path.of("../idl-examples")), Files.walk(Path.of("src/test/resources/valid")))) {
      walk.filter(p -> p.toString().endsWith(".thrift")).sorted().forEach(idl::add);
    }
    return idl.stream().map(file -> DynamicTest.dynamicTest(file.toString(),
        () -> assertSameOutput(schema(List.of(file), List.of()), 3)));
  }

  @TestFactory
  Stream<DynamicTest> realisticIdlGivesIdenticalOutput() throws IOException {
    return RealisticIdlTest.entryPoints().stream().map(file -> DynamicTest.dynamicTest(file.toString(),
        () -> assertSameOutput(schema(List.of(file), List.of(REALISTIC.resolve("misc/idl_path"))), 3)));
  }

  @Test
  void allRealisticIdlAtOnceGivesIdenticalOutput() throws IOException {
    Schema schema = schema(RealisticIdlTest.entryPoints(), List.of(REALISTIC.resolve("misc/idl_path")));
    assertTrue(run(sequential(), schema).files().size() > 20);
    assertSameOutput(schema, 3);
  }

  /** The compiler benchmark's IDL: one module of thousands of structs and services. */
  @Test
  void syntheticBenchmarkIdlGivesIdenticalOutput() throws Exception {
    Path idl = temp.resolve("synthetic.thrift");
    PythonPeer.run(List.of(PythonPeer.require(), Path.of("../benchmarks/compiler/synth_idl.py").toString(), "45000",
        idl.toString()), "", 120);
    Schema schema = schema(List.of(idl), List.of());
    assertSameOutput(schema, 2);
    // The default generator, on this machine's cores, too.
    assertEquals(run(sequential(), schema), run(new PythonGenerator(), schema));
  }

  @Test
  void aTemplateFailureIsReportedAsOnOneThread() throws IOException {
    Path templates = Files.createDirectories(temp.resolve("templates/python"));
    Files.writeString(templates.resolve("service.ftl"), "${service.noSuchMember}\n");
    StringBuilder idl = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      idl.append("struct S").append(i).append(" { 1: i32 x }\n");
    }
    idl.append("service V { void f() }\n");
    Path file = temp.resolve("failing.thrift");
    Files.writeString(file, idl);
    Schema schema = schema(List.of(file), List.of());
    TemplateEngine engine = new TemplateEngine(temp.resolve("templates"));
    RuntimeException expected = assertThrows(RuntimeException.class,
        () -> new PythonGenerator(engine, 1, Integer.MAX_VALUE).generate(schema, new Diagnostics()));
    RuntimeException actual = assertThrows(RuntimeException.class,
        () -> new PythonGenerator(engine, 4, 0).generate(schema, new Diagnostics()));
    assertEquals(expected.getClass(), actual.getClass());
    assertEquals(expected.getMessage(), actual.getMessage());
  }
}
