package io.parley.compiler.gen;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes the files an earlier run left beside generated files that claim them ({@link
 * GeneratedFile#supersedes}) and that this run did not write: the parts of a Python module that
 * now needs fewer, or none.
 */
final class Superseded {
  private Superseded() {}

  /**
   * Removes, in each directory of {@code files} under {@code root}, the regular files that a file
   * there supersedes and that are not among {@code files}.
   *
   * @return how many were removed
   * @throws IOException naming the file that could not be removed
   */
  static int remove(Path root, List<GeneratedFile> files) throws IOException {
    Set<Path> written = new HashSet<>();
    Map<Path, Set<GeneratedFile.Supersedes>> claims = new LinkedHashMap<>();
    for (GeneratedFile file : files) {
      Path path = root.resolve(file.path()).normalize();
      written.add(path);
      if (!file.supersedes().names().isEmpty()) {
        claims.computeIfAbsent(path.getParent(), d -> new LinkedHashSet<>()).add(file.supersedes());
      }
    }
    int removed = 0;
    for (Map.Entry<Path, Set<GeneratedFile.Supersedes>> claim : claims.entrySet()) {
      for (Path stale : stale(claim.getKey(), claim.getValue(), written)) {
        try {
          Files.delete(stale);
          removed++;
        } catch (NoSuchFileException e) {
          // gone already
        } catch (IOException e) {
          throw new IOException("cannot remove the stale " + stale + ": " + Staging.reason(e), e);
        }
      }
    }
    return removed;
  }

  private static List<Path> stale(Path dir, Set<GeneratedFile.Supersedes> claims, Set<Path> written)
      throws IOException {
    List<Path> stale = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path entry : entries) {
        if (written.contains(entry.normalize()) || !Files.isRegularFile(entry)) {
          continue;
        }
        String name = entry.getFileName().toString();
        for (GeneratedFile.Supersedes claim : claims) {
          if (Pattern.matches(claim.names(), name) && marked(entry, claim.mark())) {
            stale.add(entry);
            break;
          }
        }
      }
    } catch (NoSuchFileException e) {
      // nothing was written there after all
    }
    return stale;
  }

  /** Whether a whole line among the first kilobyte of {@code file} matches {@code mark}. */
  private static boolean marked(Path file, String mark) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(1024);
    }
    for (String line : new String(head, StandardCharsets.UTF_8).split("\n")) {
      if (Pattern.matches(mark, line)) {
        return true;
      }
    }
    return false;
  }
}
