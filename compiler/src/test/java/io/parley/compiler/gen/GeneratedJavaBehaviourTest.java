package io.parley.compiler.gen;

import io.parley.compiler.testing.Javac;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated Java behaves as documented: defaults, builders, value semantics, open enums, schema
 * evolution in both directions, required fields, unions and exceptions. The checks live in
 * {@code behaviour/BehaviourDriver.java}, compiled here with the generated code.
 */
class GeneratedJavaBehaviourTest {
  static final Path DIR = Path.of("src/test/resources/behaviour");

  @TempDir
  Path temp;

  @Test
  void generatedValuesBehave() throws Exception {
    List<GeneratedFile> files = new ArrayList<>(JavaGeneratorTest.generate(List.of(DIR.resolve("v1.thrift")), List.of()));
    files.addAll(JavaGeneratorTest.generate(List.of(DIR.resolve("v2.thrift")), List.of()));
    Path driver = Files.createDirectories(temp.resolve("driver"));
    Files.copy(DIR.resolve("BehaviourDriver.java"), driver.resolve("BehaviourDriver.java"));
    Path classes = Javac.compile(files, temp.resolve("build"), List.of(driver), false);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      try {
        loader.loadClass("BehaviourDriver").getMethod("run").invoke(null);
      } catch (java.lang.reflect.InvocationTargetException e) {
        throw e.getCause() instanceof Error err ? err : new AssertionError(e.getCause());
      }
    }
  }
}
