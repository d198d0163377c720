package io.parley.compiler.gen;

import io.parley.compiler.testing.Driver;
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
    Driver.run(DIR.resolve("BehaviourDriver.java"), files, List.of(), temp);
  }

  /**
   * Seeded random messages with fields in any order, repeated, unknown and mistyped, read by the
   * compact decoders (declaration-order path and id switch) and the general ones (binary); the
   * checks live in {@code fastpath/FieldOrderDriver.java}.
   */
  @Test
  void decodersReadFieldsInAnyOrderByThriftsRules() throws Exception {
    Path fastpath = Path.of("src/test/resources/fastpath");
    List<GeneratedFile> files = JavaGeneratorTest.generate(List.of(fastpath.resolve("fastpath.thrift")), List.of());
    Driver.run(fastpath.resolve("FieldOrderDriver.java"), files, List.of(), temp);
  }
}
