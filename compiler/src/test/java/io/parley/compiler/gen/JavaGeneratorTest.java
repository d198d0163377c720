package io.parley.compiler.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.compiler.Compilation;
import io.parley.compiler.Compiler;
import io.parley.compiler.diag.Diagnostics;
import io.parley.compiler.gen.java.JavaGenerator;
import io.parley.compiler.testing.Generated;
import io.parley.compiler.testing.Golden;
import io.parley.compiler.testing.Javac;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java generator: its output for the examples and fixtures is pinned by golden files, and the
 * output for every example, fixture and realistic IDL compiles with javac, warnings as errors.
 */
class JavaGeneratorTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden/java");
  static final Path REALISTIC = Path.of("src/test/resources/realistic");

  @TempDir
  Path temp;

  static List<GeneratedFile> generate(List<Path> files, List<Path> includeDirs) {
    return Generated.by(new JavaGenerator(), files, includeDirs);
  }

  @TestFactory
  Stream<DynamicTest> generatedCodeMatchesGoldenFiles() {
    return Stream.of(
        new GoldenCase("calculator", Path.of("../idl-examples/calculator.thrift")),
        new GoldenCase("everything", Path.of("src/test/resources/valid/everything.thrift")))
        .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
          List<GeneratedFile> files = generate(List.of(c.idl()), List.of());
          Golden.assertDirectoryMatches(GOLDEN.resolve(c.name()), files);
        }));
  }

  record GoldenCase(String name, Path idl) {}

  @Test
  void outputIsDeterministic() {
    List<Path> idl = List.of(Path.of("src/test/resources/valid/everything.thrift"));
    assertEquals(generate(idl, List.of()), generate(idl, List.of()));
  }

  /** Every IDL file under idl-examples, the ones the documentation points users to. */
  static List<Path> examples() throws IOException {
    try (Stream<Path> walk = Files.walk(Path.of("../idl-examples"))) {
      return walk.filter(p -> p.toString().endsWith(".thrift")).sorted().toList();
    }
  }

  @Test
  void examplesAndFixturesCompileWithJavac() throws IOException {
    List<Path> idl = new java.util.ArrayList<>(examples());
    idl.add(Path.of("src/test/resources/valid/everything.thrift"));
    List<GeneratedFile> files = generate(idl, List.of());
    Path classes = Javac.compile(files, temp);
    assertTrue(Files.exists(classes.resolve("io/parley/fixtures/Node.class")));
    assertTrue(Files.exists(classes.resolve("io/parley/examples/calculator/CalculatorClient.class")));
  }

  @Test
  void examplesWorkThroughTheirGeneratedCode() throws Exception {
    io.parley.compiler.testing.Driver.run(Path.of("src/test/resources/examples/ExamplesDriver.java"),
        generate(examples(), List.of()), List.of(), temp);
  }

  @TestFactory
  Stream<DynamicTest> realisticIdlCompilesWithJavac() throws IOException {
    return io.parley.compiler.RealisticIdlTest.entryPoints().stream().map(idl -> DynamicTest.dynamicTest(
        idl.toString(), () -> {
          List<GeneratedFile> files = generate(List.of(idl), List.of(REALISTIC.resolve("misc/idl_path")));
          Javac.compile(files, Files.createTempDirectory(temp, "realistic"));
        }));
  }

  @Test
  void collidingFileNamesAreReportedNotOverwritten() throws IOException {
    Path idl = temp.resolve("clash.thrift");
    Files.writeString(idl, "struct Calculator { 1: i32 x }\nstruct calculator { 1: i32 y }\n");
    Compilation compilation = new Compiler(List.of(), false).compile(List.of(idl));
    Diagnostics diagnostics = new Diagnostics();
    new JavaGenerator().generate(compilation.schema().orElseThrow(), diagnostics);
    assertEquals(1, diagnostics.sorted().size());
    assertTrue(diagnostics.sorted().get(0).toString().contains("2:8: error: the Java code for this definition"
        + " would overwrite clash/calculator.java"), diagnostics.sorted().toString());
  }
}
