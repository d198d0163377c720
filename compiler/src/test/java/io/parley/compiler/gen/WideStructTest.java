package io.parley.compiler.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.compiler.testing.CliRun;
import io.parley.compiler.testing.Driver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Structs and exceptions with more fields than one JVM parameter list holds compile and behave
 * (their constructor takes a builder); a method with more parameters than Java allows is an error
 * at the method, not a javac failure in generated code.
 */
class WideStructTest {
  static final Path DIR = Path.of("src/test/resources/wide");

  @TempDir
  Path temp;

  @Test
  void wideValuesCompileAndRoundTrip() throws Exception {
    List<GeneratedFile> files = JavaGeneratorTest.generate(List.of(DIR.resolve("wide.thrift")), List.of());
    String wide = files.stream().filter(f -> f.path().equals("wide/Wide.java")).findFirst().orElseThrow().content();
    assertTrue(wide.contains("private Wide(Builder values$)"), "the constructor takes a builder");
    Driver.run(DIR.resolve("WideDriver.java"), files, List.of(), temp);
  }

  @Test
  void aMethodWithTooManyParameterSlotsIsAnErrorAtTheMethod() throws Exception {
    Path idl = temp.resolve("params.thrift");
    StringBuilder params = new StringBuilder();
    for (int i = 1; i <= 128; i++) {
      params.append(i == 1 ? "" : ", ").append(i).append(": double a").append(i);
    }
    Files.writeString(idl, "service S {\n  void f(" + params + ")\n}\n");
    CliRun run = CliRun.of("gen", "--java", temp.resolve("out").toString(), idl.toString());
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(run.err().startsWith(idl + ":2:8: error: 'f' has parameters needing 256 slots; a Java method holds 254"),
        run.err());
    assertTrue(Files.notExists(temp.resolve("out")));
  }

  @Test
  void aMethodWithMoreExceptionsThanItsResultHolderTakesIsAnErrorAtTheMethod() throws Exception {
    Path idl = temp.resolve("throws.thrift");
    StringBuilder text = new StringBuilder();
    StringBuilder throwsList = new StringBuilder();
    for (int i = 1; i <= 255; i++) {
      text.append("exception E").append(i).append(" {}\n");
      throwsList.append(i == 1 ? "" : ", ").append(i).append(": E").append(i).append(" e").append(i);
    }
    Files.writeString(idl, text + "service S {\n  void f() throws (" + throwsList + ")\n}\n");
    CliRun run = CliRun.of("gen", "--java", temp.resolve("out").toString(), idl.toString());
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(run.err().contains("throws.thrift:257:8: error: 'f' declares 255 exceptions"), run.err());
  }
}
