package io.parley.compiler.gen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output on a real file system: clean builds through a staging directory, merges file by file. */
class OutputWriterTest {
  @TempDir
  Path temp;

  @Test
  void aCleanBuildCreatesTheOutputDirectoryLikeMkdirWouldAndLeavesNothingElse() throws Exception {
    Path out = temp.resolve("a/b/out");
    int written = new OutputWriter(out).write(List.of(
        new GeneratedFile("p/q/One.java", "one\n"), new GeneratedFile("Two.java", "two ü\n")));
    assertEquals(2, written);
    assertEquals("one\n", Files.readString(out.resolve("p/q/One.java")));
    assertEquals("two ü\n", Files.readString(out.resolve("Two.java")));
    assertEquals(List.of("out"), names(temp.resolve("a/b")), "no staging directory left beside it");
    Path reference = Files.createDirectory(temp.resolve("reference"));
    assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(out));
  }

  @Test
  void aFileOfPiecesIsWrittenAsItsWholeText() throws Exception {
    // A surrogate pair cut between two pieces must still become one four-byte character.
    GeneratedFile file = new GeneratedFile("m.py", List.of("a".repeat(70_000) + "\uD83D", "\uDE00\u00e9", "", "z\n"));
    String text = "a".repeat(70_000) + "\uD83D\uDE00\u00e9z\n";
    assertEquals(text, file.content());
    assertEquals(new GeneratedFile("m.py", text), file, "equal whatever the pieces");
    Path out = temp.resolve("pieces");
    new OutputWriter(out).write(List.of(file));
    assertArrayEquals(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), Files.readAllBytes(out.resolve("m.py")));
  }

  @Test
  void aLargeFileIsComparedChunkByChunkWhenTheDirectoryExists() throws Exception {
    List<String> pieces = List.of("\u00e9".repeat(100_000), "x".repeat(70_000) + "\uD83D", "\uDE00\n");
    String text = String.join("", pieces);
    Path out = temp.resolve("merge");
    new OutputWriter(out).write(List.of(new GeneratedFile("m.py", pieces)));
    FileTime old = FileTime.fromMillis(0);
    Files.setLastModifiedTime(out.resolve("m.py"), old);
    assertEquals(0, new OutputWriter(out).write(List.of(new GeneratedFile("m.py", pieces))));
    assertEquals(old, Files.getLastModifiedTime(out.resolve("m.py")), "unchanged, so not touched");
    for (String changed : List.of(text + "more", text.substring(0, text.length() - 1), text.replace("x\uD83D", "y\uD83D"))) {
      assertEquals(1, new OutputWriter(out).write(List.of(new GeneratedFile("m.py", changed))));
      assertEquals(changed, Files.readString(out.resolve("m.py")));
      Files.writeString(out.resolve("m.py"), text);
    }
  }

  @Test
  void largeFilesAreWrittenInChunksWithoutSplittingACharacter() throws Exception {
    // A surrogate pair (an emoji) and a three-byte character straddle the 64 Ki-char chunk edges.
    String text = "a".repeat(64 * 1024 - 1) + "\uD83D\uDE00" + "é€".repeat(40_000) + "\uD83D\uDE00z";
    Path out = temp.resolve("big");
    new OutputWriter(out).write(List.of(new GeneratedFile("big.py", text), new GeneratedFile("empty.py", "")));
    assertArrayEquals(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), Files.readAllBytes(out.resolve("big.py")));
    assertEquals(0, Files.size(out.resolve("empty.py")));
  }

  @Test
  void anExistingDirectoryIsUpdatedFileByFileLeavingUnchangedFilesAlone() throws Exception {
    Path out = temp.resolve("out");
    new OutputWriter(out).write(List.of(new GeneratedFile("A.java", "a"), new GeneratedFile("B.java", "b")));
    FileTime old = FileTime.fromMillis(0);
    Files.setLastModifiedTime(out.resolve("A.java"), old);
    Files.writeString(out.resolve("Mine.txt"), "not generated");
    int written = new OutputWriter(out).write(List.of(
        new GeneratedFile("A.java", "a"), new GeneratedFile("B.java", "b2"), new GeneratedFile("c/C.java", "c")));
    assertEquals(2, written);
    assertEquals(old, Files.getLastModifiedTime(out.resolve("A.java")));
    assertEquals("b2", Files.readString(out.resolve("B.java")));
    assertEquals("c", Files.readString(out.resolve("c/C.java")));
    assertEquals("not generated", Files.readString(out.resolve("Mine.txt")));
    assertEquals(List.of("A.java", "B.java", "Mine.txt", "c"), names(out), "no temporary file left");
  }

  /**
   * Files an earlier run wrote beside a file that claims them, and this run did not write, are
   * removed; a file of the same name without the mark, another module's, and those written now stay.
   */
  @Test
  void filesThatAFileSupersedesAreRemovedOnceTheOutputIsWritten() throws Exception {
    Path out = Files.createDirectories(temp.resolve("superseded/pkg"));
    GeneratedFile.Supersedes parts = new GeneratedFile.Supersedes("_m_part[0-9]+\\.py", "# part of m");
    Files.writeString(out.resolve("_m_part1.py"), "# header\n# part of m\nold one");
    Files.writeString(out.resolve("_m_part2.py"), "# header\n# part of m\nold two");
    Files.writeString(out.resolve("_m_part3.py"), "mine, with the right name only");
    Files.writeString(out.resolve("_n_part1.py"), "# part of m\nanother module's name");
    OutputWriter writer = new OutputWriter(temp.resolve("superseded"));
    int changed = writer.write(List.of(
        new GeneratedFile("pkg/m.py", List.of("whole"), parts),
        new GeneratedFile("pkg/_m_part1.py", List.of("# part of m\nnew one"), parts)));
    assertEquals(2, changed, "m.py and _m_part1.py written");
    assertEquals(1, writer.removed(), "_m_part2.py removed");
    assertEquals(List.of("_m_part1.py", "_m_part3.py", "_n_part1.py", "m.py"), names(out));
    assertEquals("# part of m\nnew one", Files.readString(out.resolve("_m_part1.py")));
    assertEquals(0, new OutputWriter(temp.resolve("superseded")).write(List.of(
        new GeneratedFile("pkg/m.py", List.of("whole"), parts),
        new GeneratedFile("pkg/_m_part1.py", List.of("# part of m\nnew one"), parts))));
  }

  @Test
  void aFailingCleanBuildLeavesNoTrace() throws Exception {
    Path out = temp.resolve("x/out");
    IOException e = assertThrows(IOException.class, () -> new OutputWriter(out).write(List.of(
        new GeneratedFile("a", "a file"), new GeneratedFile("a/b.java", "under a file"))));
    assertTrue(e.getMessage().startsWith("cannot write " + out.resolve("a/b.java") + ": "), e.getMessage());
    assertFalse(e.getMessage().contains("parley-tmp"), "names the output, not the staging directory: " + e.getMessage());
    assertFalse(Files.exists(temp.resolve("x")), "parents made for the output are removed again");
  }

  @Test
  void aFileInTheWayOfTheOutputDirectoryIsReportedByName() throws Exception {
    Path blocker = Files.writeString(temp.resolve("blocker"), "a file");
    IOException e = assertThrows(IOException.class,
        () -> new OutputWriter(blocker).write(List.of(new GeneratedFile("A.java", "a"))));
    assertTrue(e.getMessage().startsWith("cannot write " + blocker.resolve("A.java")), e.getMessage());
  }

  static List<String> names(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
