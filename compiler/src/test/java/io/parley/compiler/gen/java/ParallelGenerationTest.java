package io.parley.compiler.gen.java;

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
 * Rendering on several threads changes nothing a user sees: the same files with the same bytes in
 * the same order, and the same diagnostics in the same order, as rendering on one thread.
 */
class ParallelGenerationTest {
  private static final Path REALISTIC = Path.of("src/test/resources/realistic");

  @TempDir
  Path temp;

  /** Output and diagnostics of one run. */
  private record Run(List<GeneratedFile> files, List<String> diagnostics) {}

  private static Run run(JavaGenerator generator, Schema schema) {
    Diagnostics diagnostics = new Diagnostics();
    List<GeneratedFile> files = generator.generate(schema, diagnostics);
    return new Run(files, diagnostics.sorted().stream().map(Diagnostic::toString).toList());
  }

  private static JavaGenerator sequential() {
    return new JavaGenerator(new TemplateEngine(), 1, Integer.MAX_VALUE);
  }

  /** Several threads even for a single file, and more threads than this machine may have cores. */
  private static JavaGenerator parallel() {
    return new JavaGenerator(new TemplateEngine(), 4, 0);
  }

  private static Schema schema(List<Path> idl, List<Path> includeDirs) {
    Compilation compilation = new Compiler(includeDirs, false).compile(idl);
    assertTrue(compilation.succeeded(), compilation.formattedDiagnostics());
    return compilation.schema().orElseThrow();
  }

  private static void assertSameOutput(Schema schema) {
    Run expected = run(sequential(), schema);
    for (int i = 0; i < 3; i++) {
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
        () -> assertSameOutput(schema(List.of(file), List.of()))));
  }

  @TestFactory
  Stream<DynamicTest> realisticIdlGivesIdenticalOutput() throws IOException {
    return RealisticIdlTest.entryPoints().stream().map(file -> DynamicTest.dynamicTest(file.toString(),
        () -> assertSameOutput(schema(List.of(file), List.of(REALISTIC.resolve("misc/idl_path"))))));
  }

  @Test
  void allRealisticIdlAtOnceGivesIdenticalOutput() throws IOException {
    Schema schema = schema(RealisticIdlTest.entryPoints(), List.of(REALISTIC.resolve("misc/idl_path")));
    assertTrue(run(sequential(), schema).files().size() > 500);
    assertSameOutput(schema);
  }

  @Test
  void collisionsAreReportedInTheSameOrder() throws IOException {
    StringBuilder idl = new StringBuilder("namespace java clash\n");
    for (int i = 0; i < 100; i++) {
      // Each pair collides; the service's Client collides with a struct, and every other file is fine.
      idl.append("struct S").append(i).append(" { 1: i32 x }\n");
      idl.append("struct s").append(i).append(" { 1: i32 y }\n");
      idl.append("enum E").append(i).append(" { A = 1 }\n");
      idl.append("exception e").append(i).append(" { 1: string m }\n");
      idl.append("service V").append(i).append(" { void f() }\n");
      idl.append("struct V").append(i).append("client { 1: i32 z }\n");
    }
    idl.append("const i32 ANSWER = 42\n");
    Path file = temp.resolve("clash.thrift");
    Files.writeString(file, idl);
    Schema schema = schema(List.of(file), List.of());
    Run expected = run(sequential(), schema);
    assertEquals(300, expected.diagnostics().size(), expected.diagnostics().toString());
    for (int i = 0; i < 3; i++) {
      assertEquals(expected, run(parallel(), schema));
    }
  }

  @Test
  void aTemplateFailureIsReportedAsOnOneThread() throws IOException {
    Path templates = Files.createDirectories(temp.resolve("templates/java"));
    Files.writeString(templates.resolve("enum.ftl"), "${e.noSuchMember}\n");
    StringBuilder idl = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      idl.append("struct S").append(i).append(" { 1: i32 x }\n");
    }
    idl.append("enum E { A = 1 }\n");
    Path file = temp.resolve("failing.thrift");
    Files.writeString(file, idl);
    Schema schema = schema(List.of(file), List.of());
    TemplateEngine engine = new TemplateEngine(temp.resolve("templates"));
    RuntimeException expected = assertThrows(RuntimeException.class,
        () -> new JavaGenerator(engine, 1, Integer.MAX_VALUE).generate(schema, new Diagnostics()));
    RuntimeException actual = assertThrows(RuntimeException.class,
        () -> new JavaGenerator(engine, 4, 0).generate(schema, new Diagnostics()));
    assertEquals(expected.getClass(), actual.getClass());
    assertEquals(expected.getMessage(), actual.getMessage());
  }
}
