package io.parley.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the IDL files under a source directory that the include and exclude patterns select. */
final class IdlFiles {
  private final List<PathPattern> includes;
  private final List<PathPattern> excludes;

  /**
   * @param includes patterns relative to the source directory, e.g. {@code **}{@code /*.thrift}
   * @param excludes patterns that win over {@code includes}
   */
  IdlFiles(List<String> includes, List<String> excludes) {
    this.includes = includes.stream().map(PathPattern::compile).toList();
    this.excludes = excludes.stream().map(PathPattern::compile).toList();
  }

  /** The selected regular files under {@code directory}, sorted; none when it does not exist. */
  List<Path> scan(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(directory)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> selects(relative(directory, p)))
          .sorted()
          .toList();
    }
  }

  /** Whether {@code relativePath} (with {@code /} separators) is included and not excluded. */
  boolean selects(String relativePath) {
    return includes.stream().anyMatch(p -> p.matches(relativePath))
        && excludes.stream().noneMatch(p -> p.matches(relativePath));
  }

  private static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }
}
