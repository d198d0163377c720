package io.parley.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Puts the IDL files that dependencies ship on the include path: the {@code .thrift} entries of each
 * dependency jar are extracted to {@code <root>/<groupId>/<artifactId>/}, keeping their paths, so a
 * project can {@code include "parquet.thrift"} from {@code org.apache.parquet:parquet-format}.
 * A dependency that is a directory (a module of the same reactor, not yet packaged) is used in place.
 *
 * <p>Unchanged files are not rewritten, and files no longer in the jar are removed.
 */
final class DependencyIdl {
  /** A resolved dependency: its coordinates and its jar or classes directory. */
  record Dependency(String groupId, String artifactId, String classifier, Path file) {
    String directoryName() {
      return classifier == null || classifier.isEmpty() ? artifactId : artifactId + "-" + classifier;
    }
  }

  /**
   * @param includeDirs the directories to add to the include path, in dependency order
   * @param fingerprint the hash of every dependency IDL file's path and content
   */
  record Result(List<Path> includeDirs, String fingerprint) {}

  private final Path root;

  /** @param root where jars' IDL files are extracted, e.g. {@code target/parley/dependencies} */
  DependencyIdl(Path root) {
    this.root = root;
  }

  /** Extracts the IDL files of {@code dependencies}. */
  Result prepare(List<Dependency> dependencies) throws IOException {
    List<Path> dirs = new ArrayList<>();
    Fingerprint fingerprint = new Fingerprint();
    for (Dependency dependency : dependencies) {
      Path file = dependency.file();
      if (file == null) {
        continue;
      }
      if (Files.isDirectory(file)) {
        if (addDirectory(file, dependency, fingerprint)) {
          dirs.add(file);
        }
      } else if (Files.isRegularFile(file) && isZip(file)) {
        Path dir = root.resolve(dependency.groupId()).resolve(dependency.directoryName());
        if (extract(file, dir, dependency, fingerprint)) {
          dirs.add(dir);
        }
      }
    }
    return new Result(List.copyOf(dirs), fingerprint.hex());
  }

  private static boolean isZip(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".jar") || name.endsWith(".zip");
  }

  private static boolean isIdl(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".thrift");
  }

  private static boolean addDirectory(Path dir, Dependency dependency, Fingerprint fingerprint) throws IOException {
    List<Path> idl;
    try (Stream<Path> walk = Files.walk(dir)) {
      idl = walk.filter(p -> Files.isRegularFile(p) && isIdl(p.getFileName().toString())).sorted().toList();
    }
    for (Path file : idl) {
      fingerprint.add(dependency.groupId() + ":" + dependency.directoryName() + "/"
          + dir.relativize(file).toString().replace('\\', '/'));
      fingerprint.add(Files.readAllBytes(file));
    }
    return !idl.isEmpty();
  }

  private static boolean extract(Path jar, Path dir, Dependency dependency, Fingerprint fingerprint)
      throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      List<? extends ZipEntry> sorted = zip.stream()
          .filter(e -> !e.isDirectory() && isIdl(e.getName()) && isSafe(e.getName()))
          .sorted(Comparator.comparing(ZipEntry::getName))
          .toList();
      for (ZipEntry entry : sorted) {
        try (InputStream in = zip.getInputStream(entry)) {
          entries.put(entry.getName(), in.readAllBytes());
        }
      }
    } catch (IOException e) {
      throw new IOException("cannot read " + jar + ": " + e.getMessage(), e);
    }
    if (entries.isEmpty()) {
      deleteTree(dir);
      return false;
    }
    for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
      fingerprint.add(dependency.groupId() + ":" + dependency.directoryName() + "/" + entry.getKey());
      fingerprint.add(entry.getValue());
      Path target = dir.resolve(entry.getKey());
      if (!Files.isRegularFile(target) || !Arrays.equals(Files.readAllBytes(target), entry.getValue())) {
        Files.createDirectories(target.getParent());
        Files.write(target, entry.getValue());
      }
    }
    removeOthers(dir, entries.keySet().stream().map(dir::resolve).toList());
    return true;
  }

  /** Whether an entry name stays inside the extraction directory. */
  static boolean isSafe(String name) {
    if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")) {
      return false;
    }
    for (String segment : name.split("/")) {
      if (segment.equals("..") || segment.equals(".")) {
        return false;
      }
    }
    return true;
  }

  private static void removeOthers(Path dir, List<Path> keep) throws IOException {
    List<Path> all;
    try (Stream<Path> walk = Files.walk(dir)) {
      all = walk.sorted(Comparator.reverseOrder()).toList();
    }
    for (Path p : all) {
      if (p.equals(dir) || keep.contains(p)) {
        continue;
      }
      if (Files.isDirectory(p)) {
        try (Stream<Path> children = Files.list(p)) {
          if (children.findAny().isEmpty()) {
            Files.delete(p);
          }
        }
      } else {
        Files.delete(p);
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    List<Path> all;
    try (Stream<Path> walk = Files.walk(dir)) {
      all = walk.sorted(Comparator.reverseOrder()).toList();
    }
    for (Path p : all) {
      Files.deleteIfExists(p);
    }
  }
}
