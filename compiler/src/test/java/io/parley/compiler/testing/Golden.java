package io.parley.compiler.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a golden file. Run with {@code -Dgolden.update=true} to rewrite the golden
 * files instead; never otherwise.
 */
public final class Golden {
  private Golden() {}

  /** Whether this run rewrites golden files. */
  public static boolean updating() {
    return Boolean.parseBoolean(System.getProperty("golden.update", "false"));
  }

  /** Asserts that {@code golden} holds exactly {@code actual}, or rewrites it when updating. */
  public static void assertMatches(Path golden, String actual) throws IOException {
    if (updating()) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(golden)) {
      throw new AssertionError("missing golden file " + golden
          + " (create it with -Dgolden.update=true and review it); actual output:\n" + actual);
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, "output differs from " + golden);
  }
}
