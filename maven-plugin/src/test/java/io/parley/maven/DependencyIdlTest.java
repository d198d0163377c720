package io.parley.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DependencyIdlTest {
  @TempDir
  Path dir;

  @Test
  void extractsOnlySafeIdlEntriesKeepingTheirPaths() throws Exception {
    Path jar = jar("format.jar", Map.of(
        "parquet.thrift", "struct P {}",
        "nested/dir/x.thrift", "struct X {}",
        "org/example/P.class", "not idl",
        "../evil.thrift", "escape",
        "/abs.thrift", "escape"));
    Path root = dir.resolve("deps");
    DependencyIdl.Result result = new DependencyIdl(root).prepare(List.of(dep("org.apache.parquet", "parquet-format", jar)));

    Path extracted = root.resolve("org.apache.parquet/parquet-format");
    assertEquals(List.of(extracted), result.includeDirs());
    assertEquals("struct P {}", Files.readString(extracted.resolve("parquet.thrift")));
    assertEquals("struct X {}", Files.readString(extracted.resolve("nested/dir/x.thrift")));
    assertFalse(Files.exists(extracted.resolve("org")));
    assertFalse(Files.exists(dir.resolve("evil.thrift")));
    assertFalse(Files.exists(root.resolve("org.apache.parquet/evil.thrift")));
  }

  @Test
  void unchangedFilesAreNotRewrittenAndRemovedEntriesGo() throws Exception {
    Path root = dir.resolve("deps");
    Path jar = jar("a.jar", Map.of("a.thrift", "struct A {}", "b.thrift", "struct B {}"));
    DependencyIdl idl = new DependencyIdl(root);
    String first = idl.prepare(List.of(dep("g", "a", jar))).fingerprint();
    Path a = root.resolve("g/a/a.thrift");
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(a, old);

    assertEquals(first, idl.prepare(List.of(dep("g", "a", jar))).fingerprint());
    assertEquals(old, Files.getLastModifiedTime(a));

    jar = jar("a.jar", Map.of("a.thrift", "struct A {}"));
    assertNotEquals(first, idl.prepare(List.of(dep("g", "a", jar))).fingerprint());
    assertEquals(old, Files.getLastModifiedTime(a));
    assertFalse(Files.exists(root.resolve("g/a/b.thrift")));
  }

  @Test
  void jarsWithoutIdlAreSkippedAndTheirOldExtractionRemoved() throws Exception {
    Path root = dir.resolve("deps");
    DependencyIdl idl = new DependencyIdl(root);
    idl.prepare(List.of(dep("g", "a", jar("a.jar", Map.of("a.thrift", "struct A {}")))));
    assertTrue(Files.isDirectory(root.resolve("g/a")));

    DependencyIdl.Result result = idl.prepare(List.of(dep("g", "a", jar("a.jar", Map.of("A.class", "x")))));
    assertEquals(List.of(), result.includeDirs());
    assertFalse(Files.exists(root.resolve("g/a")));
  }

  @Test
  void aDirectoryDependencyIsUsedInPlace() throws Exception {
    Path classes = dir.resolve("module/target/classes");
    Files.createDirectories(classes.resolve("shared"));
    Files.writeString(classes.resolve("shared/s.thrift"), "struct S {}");
    Path empty = Files.createDirectories(dir.resolve("other/target/classes"));

    DependencyIdl.Result result = new DependencyIdl(dir.resolve("deps"))
        .prepare(List.of(dep("g", "module", classes), dep("g", "other", empty)));
    assertEquals(List.of(classes), result.includeDirs());
  }

  @Test
  void classifiedArtifactsGetTheirOwnDirectory() throws Exception {
    Path root = dir.resolve("deps");
    Path jar = jar("t.jar", Map.of("t.thrift", "struct T {}"));
    DependencyIdl.Result result = new DependencyIdl(root)
        .prepare(List.of(new DependencyIdl.Dependency("g", "a", "tests", jar)));
    assertEquals(List.of(root.resolve("g/a-tests")), result.includeDirs());
  }

  private static DependencyIdl.Dependency dep(String groupId, String artifactId, Path file) {
    return new DependencyIdl.Dependency(groupId, artifactId, null, file);
  }

  private Path jar(String name, Map<String, String> entries) throws Exception {
    Path jar = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> e : new LinkedHashMap<>(entries).entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return jar;
  }
}
