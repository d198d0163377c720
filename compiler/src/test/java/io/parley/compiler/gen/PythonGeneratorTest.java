package io.parley.compiler.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.compiler.Compilation;
import io.parley.compiler.Compiler;
import io.parley.compiler.diag.Diagnostics;
import io.parley.compiler.gen.python.PythonGenerator;
import io.parley.compiler.testing.Generated;
import io.parley.compiler.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** The Python generator's output is pinned by golden files and deterministic. */
class PythonGeneratorTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden/python");

  @TempDir
  Path temp;

  static List<GeneratedFile> generate(List<Path> files, List<Path> includeDirs) {
    return Generated.by(new PythonGenerator(), files, includeDirs);
  }

  @TestFactory
  Stream<DynamicTest> generatedCodeMatchesGoldenFiles() {
    return Stream.of(
        new Case("calculator", Path.of("../idl-examples/calculator.thrift")),
        new Case("everything", Path.of("src/test/resources/valid/everything.thrift")))
        .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
          List<GeneratedFile> files = generate(List.of(c.idl()), List.of());
          Golden.assertDirectoryMatches(GOLDEN.resolve(c.name()), files);
        }));
  }

  record Case(String name, Path idl) {}

  /**
   * A module split into parts (here one per struct and service): the main file runs them, each
   * part names what it defines, and together they hold what the one file holds.
   */
  @Test
  void largeModulesAreSplitIntoParts() throws IOException {
    List<Path> idl = List.of(Path.of("../idl-examples/calculator.thrift"));
    List<GeneratedFile> split = Generated.by(PythonGenerator.withPartsOf(1), idl, List.of());
    Golden.assertDirectoryMatches(GOLDEN.resolve("calculator-parts"), split);
    List<GeneratedFile> whole = generate(idl, List.of());
    GeneratedFile module = whole.stream().filter(f -> f.path().endsWith("calculator.py")).findFirst().orElseThrow();
    List<GeneratedFile> parts = split.stream().filter(f -> f.path().contains("/_calculator_part")).toList();
    assertTrue(parts.size() > 2, split.toString());
    // Every class and function of the module is in exactly one part, in the module's order.
    StringBuilder definitions = new StringBuilder();
    for (int i = 1; i <= parts.size(); i++) {
      String name = "parley_examples/_calculator_part" + i + ".py";
      GeneratedFile part = split.stream().filter(f -> f.path().equals(name)).findFirst().orElseThrow();
      definitions.append(topLevel(part.content()));
    }
    assertEquals(topLevel(module.content()), definitions.toString());
    assertEquals(whole.size() + parts.size(), split.size());
  }

  /**
   * Generating again into the same directory removes the parts a module no longer has: fewer
   * parts, then none; a file of the same name that Parley did not write stays.
   */
  @Test
  void partsAModuleNoLongerHasAreRemoved() throws IOException {
    List<Path> idl = List.of(Path.of("../idl-examples/calculator.thrift"));
    Path out = temp.resolve("regenerated");
    new OutputWriter(out).write(Generated.by(PythonGenerator.withPartsOf(1), idl, List.of()));
    Path dir = out.resolve("parley_examples");
    assertTrue(Files.exists(dir.resolve("_calculator_part3.py")));
    new OutputWriter(out).write(Generated.by(PythonGenerator.withPartsOf(15_000), idl, List.of()));
    assertTrue(Files.exists(dir.resolve("_calculator_part1.py")), "still in parts");
    assertTrue(!Files.exists(dir.resolve("_calculator_part3.py")), "a part the module no longer has");
    Files.writeString(dir.resolve("_calculator_part7.py"), "# mine\n");
    new OutputWriter(out).write(generate(idl, List.of()));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of("__init__.py", "_calculator_part7.py", "calculator.py"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  /** The module-level class, def and constant lines of {@code code}, in order. */
  private static String topLevel(String code) {
    StringBuilder lines = new StringBuilder();
    for (String line : code.split("\n")) {
      if (line.startsWith("class ") || line.startsWith("def ") || line.matches("[A-Za-z_][A-Za-z0-9_]*: .*")) {
        lines.append(line).append('\n');
      }
    }
    return lines.toString();
  }

  @Test
  void outputIsDeterministic() {
    List<Path> idl = List.of(Path.of("src/test/resources/valid/everything.thrift"));
    assertEquals(generate(idl, List.of()), generate(idl, List.of()));
  }

  @Test
  void twoFilesInOneModuleAreReported() throws IOException {
    Files.writeString(temp.resolve("a.thrift"), "namespace py same\ninclude \"b.thrift\"\nstruct A { 1: b.B b }\n");
    Files.writeString(temp.resolve("b.thrift"), "namespace py same\nstruct B { 1: i32 x }\n");
    Compilation compilation = new Compiler(List.of(), false).compile(List.of(temp.resolve("a.thrift")));
    Diagnostics diagnostics = new Diagnostics();
    new PythonGenerator().generate(compilation.schema().orElseThrow(), diagnostics);
    assertEquals(1, diagnostics.sorted().size(), diagnostics.sorted().toString());
    assertTrue(diagnostics.sorted().get(0).message().contains("the Python module same would hold two files"));
  }
}
