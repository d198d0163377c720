package io.parley.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdlFilesTest {
  @TempDir
  Path dir;

  @Test
  void selectsIncludedFilesNotExcludedSorted() throws Exception {
    for (String name : List.of("b.thrift", "a/c.thrift", "a/notes.txt", "drafts/d.thrift")) {
      Files.createDirectories(dir.resolve(name).getParent());
      Files.writeString(dir.resolve(name), "");
    }
    List<Path> files = new IdlFiles(List.of("**/*.thrift"), List.of("drafts/**")).scan(dir);
    assertEquals(List.of(dir.resolve("a/c.thrift"), dir.resolve("b.thrift")), files);
  }

  @Test
  void missingDirectoryHasNoFiles() throws Exception {
    assertEquals(List.of(), new IdlFiles(List.of("**/*.thrift"), List.of()).scan(dir.resolve("none")));
  }
}
