package io.parley.maven;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Deletes the files a previous build generated that the current one no longer generates (those of
 * a deleted IDL file, a renamed struct, a dropped language), and the directories that this leaves
 * empty. Only files named in the previous manifest are ever deleted.
 */
final class StaleOutputs {
  private StaleOutputs() {}

  /**
   * Deletes what {@code previous} lists and {@code current} does not.
   *
   * @return the deleted files
   */
  static List<Path> remove(Collection<BuildState.Output> previous, Collection<BuildState.Output> current)
      throws IOException {
    Set<Path> keep = new HashSet<>();
    for (BuildState.Output output : current) {
      output.files().forEach(f -> keep.add(output.root().resolve(f).normalize()));
    }
    List<Path> deleted = new ArrayList<>();
    for (BuildState.Output output : previous) {
      Path root = output.root().normalize();
      for (String name : output.files()) {
        Path file = root.resolve(name).normalize();
        if (!file.startsWith(root) || file.equals(root) || keep.contains(file)) {
          continue;
        }
        if (Files.isRegularFile(file) && Files.deleteIfExists(file)) {
          deleted.add(file);
          pruneEmptyParents(file.getParent(), root);
        }
      }
    }
    return deleted;
  }

  private static void pruneEmptyParents(Path dir, Path root) throws IOException {
    for (Path d = dir; d != null && d.startsWith(root) && !d.equals(root); d = d.getParent()) {
      try (var entries = Files.list(d)) {
        if (entries.findAny().isPresent()) {
          return;
        }
      }
      try {
        Files.delete(d);
      } catch (DirectoryNotEmptyException e) {
        return; // something appeared meanwhile: leave it
      }
    }
  }
}
