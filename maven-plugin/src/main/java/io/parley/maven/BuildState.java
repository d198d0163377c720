package io.parley.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the last generation of one plugin execution saw and wrote: a fingerprint of the
 * configuration, the hash of every IDL file it read, and the manifest of the files it generated.
 *
 * <p>Stored as a small line-oriented text file under {@code target/}; a missing or unreadable file
 * reads as an empty state, which simply makes the next build generate everything.
 */
final class BuildState {
  private static final String HEADER = "# parley-maven-plugin build state; delete to regenerate";

  /** The files one target generated under its output directory. */
  record Output(Path root, SortedSet<String> files) {
    Output {
      files = Collections.unmodifiableSortedSet(new TreeSet<>(files));
    }
  }

  private final String fingerprint;
  private final Map<Path, String> inputs;
  private final Map<String, Output> outputs;

  /**
   * @param fingerprint of the configuration and the set of IDL files; empty when the last build
   *     failed, so that it is never up to date
   * @param inputs every IDL file read, by path, with the hash of its content
   * @param outputs by target name
   */
  BuildState(String fingerprint, Map<Path, String> inputs, Map<String, Output> outputs) {
    this.fingerprint = fingerprint;
    this.inputs = Collections.unmodifiableMap(new TreeMap<>(inputs));
    this.outputs = Collections.unmodifiableMap(new TreeMap<>(outputs));
  }

  static BuildState empty() {
    return new BuildState("", Map.of(), Map.of());
  }

  Map<String, Output> outputs() {
    return outputs;
  }

  /** The same outputs with no fingerprint: what to keep after a failed build. */
  BuildState failed() {
    return new BuildState("", Map.of(), outputs);
  }

  /**
   * Why the last generation is not current for {@code currentFingerprint}, or empty when it is:
   * same configuration, every IDL file read then still has the same content, and every file
   * generated then is still there.
   */
  Optional<String> staleness(String currentFingerprint) throws IOException {
    if (fingerprint.isEmpty()) {
      return Optional.of("no previous successful generation");
    }
    if (!fingerprint.equals(currentFingerprint)) {
      return Optional.of("the configuration, the set of IDL files or a dependency's IDL changed");
    }
    for (Map.Entry<Path, String> input : inputs.entrySet()) {
      if (!Files.isRegularFile(input.getKey())
          || !Fingerprint.ofFile(input.getKey()).equals(input.getValue())) {
        return Optional.of(input.getKey() + " changed");
      }
    }
    for (Output output : outputs.values()) {
      for (String file : output.files()) {
        if (!Files.isRegularFile(output.root().resolve(file))) {
          return Optional.of(output.root().resolve(file) + " is missing");
        }
      }
    }
    return Optional.empty();
  }

  /** Reads the state in {@code file}; empty when there is none or it cannot be understood. */
  static BuildState read(Path file) {
    if (!Files.isRegularFile(file)) {
      return empty();
    }
    try {
      String fingerprint = "";
      Map<Path, String> inputs = new LinkedHashMap<>();
      Map<String, Path> roots = new LinkedHashMap<>();
      Map<String, SortedSet<String>> files = new LinkedHashMap<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split(" ", 3);
        switch (parts[0]) {
          case "fingerprint" -> fingerprint = parts[1].equals("-") ? "" : parts[1];
          case "input" -> inputs.put(Path.of(parts[2]), parts[1]);
          case "output" -> {
            roots.put(parts[1], Path.of(parts[2]));
            files.put(parts[1], new TreeSet<>());
          }
          case "file" -> files.get(parts[1]).add(parts[2]);
          default -> throw new IllegalArgumentException("unknown line: " + line);
        }
      }
      Map<String, Output> outputs = new LinkedHashMap<>();
      roots.forEach((target, root) -> outputs.put(target, new Output(root, files.get(target))));
      return new BuildState(fingerprint, inputs, outputs);
    } catch (IOException | RuntimeException e) {
      return empty();
    }
  }

  /** Writes this state to {@code file}, replacing it atomically. */
  void write(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    lines.add("fingerprint " + (fingerprint.isEmpty() ? "-" : fingerprint));
    inputs.forEach((path, hash) -> lines.add("input " + hash + " " + path));
    outputs.forEach((target, output) -> {
      lines.add("output " + target + " " + output.root());
      output.files().forEach(f -> lines.add("file " + target + " " + f));
    });
    Files.createDirectories(file.getParent());
    Path temp = Files.createTempFile(file.getParent(), ".parley-state-", ".tmp");
    try {
      Files.write(temp, lines, StandardCharsets.UTF_8);
      try {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
