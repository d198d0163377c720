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

  /**
   * Asserts that {@code dir} holds exactly {@code files}: each with the same content, and no file
   * more (a generator that stops writing a file must show up in review too).
   */
  public static void assertDirectoryMatches(Path dir, java.util.List<io.parley.compiler.gen.GeneratedFile> files)
      throws IOException {
    for (io.parley.compiler.gen.GeneratedFile f : files) {
      assertMatches(dir.resolve(f.path()), f.content());
    }
    if (updating()) {
      return;
    }
    java.util.Set<String> expected;
    try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
      expected = walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString())
          .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }
    java.util.Set<String> actual = new java.util.TreeSet<>();
    files.forEach(f -> actual.add(f.path()));
    assertEquals(expected, actual, "the generated file set differs from " + dir);
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
