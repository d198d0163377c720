package io.parley.compiler.gen;

import io.parley.compiler.testing.Driver;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated Java client and server talk over loopback sockets in every protocol and framing,
 * plain and multiplexed: results, typed declared exceptions, INTERNAL_ERROR for undeclared ones,
 * UNKNOWN_METHOD, oneway calls and inherited methods. See {@code e2e/EndToEndDriver.java}.
 */
class JavaEndToEndTest {
  static final Path DIR = Path.of("src/test/resources/e2e");

  @TempDir
  Path temp;

  @Test
  void generatedClientAndServerOverLoopback() throws Exception {
    Driver.run(DIR.resolve("EndToEndDriver.java"), JavaGeneratorTest.generate(List.of(DIR.resolve("calculator.thrift")), List.of()), List.of(), temp);
  }
}
