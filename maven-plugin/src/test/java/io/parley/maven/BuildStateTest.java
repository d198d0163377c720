package io.parley.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildStateTest {
  @TempDir
  Path dir;

  @Test
  void roundTripsPathsWithSpaces() throws Exception {
    Path idl = write("my idl/a.thrift", "struct A {}");
    Path out = dir.resolve("out dir");
    write("out dir/p/A.java", "class A {}");
    BuildState state = new BuildState("f1", Map.of(idl, Fingerprint.ofFile(idl)),
        Map.of("java", new BuildState.Output(out, new TreeSet<>(List.of("p/A.java")))));
    Path file = dir.resolve("state/generate-default.state");
    state.write(file);

    BuildState read = BuildState.read(file);
    assertEquals(Optional.empty(), read.staleness("f1"));
    assertEquals(out, read.outputs().get("java").root());
    assertEquals(List.of("p/A.java"), List.copyOf(read.outputs().get("java").files()));
  }

  @Test
  void staleWhenFingerprintInputOrOutputChanges() throws Exception {
    Path idl = write("a.thrift", "struct A {}");
    Path out = dir.resolve("out");
    Path generated = write("out/A.java", "class A {}");
    BuildState state = new BuildState("f1", Map.of(idl, Fingerprint.ofFile(idl)),
        Map.of("java", new BuildState.Output(out, new TreeSet<>(List.of("A.java")))));
    assertEquals(Optional.empty(), state.staleness("f1"));
    assertTrue(state.staleness("f2").isPresent());

    Files.writeString(idl, "struct A { 1: i32 x }");
    assertTrue(state.staleness("f1").orElseThrow().contains("a.thrift changed"));

    Files.writeString(idl, "struct A {}");
    Files.delete(generated);
    assertTrue(state.staleness("f1").orElseThrow().contains("is missing"));
  }

  @Test
  void failedStateKeepsTheManifestButIsNeverCurrent() throws Exception {
    BuildState failed = new BuildState("f1", Map.of(),
        Map.of("java", new BuildState.Output(dir, new TreeSet<>(List.of("A.java"))))).failed();
    Path file = dir.resolve("s.state");
    failed.write(file);
    BuildState read = BuildState.read(file);
    assertTrue(read.staleness("f1").isPresent());
    assertEquals(1, read.outputs().get("java").files().size());
  }

  @Test
  void missingOrGarbledFileReadsAsEmpty() throws Exception {
    assertTrue(BuildState.read(dir.resolve("none")).outputs().isEmpty());
    Path garbled = write("bad.state", "file java x\nwhat is this\n");
    assertTrue(BuildState.read(garbled).outputs().isEmpty());
    assertTrue(BuildState.read(garbled).staleness("").isPresent());
  }

  private Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }
}
