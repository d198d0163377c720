package io.parley.compiler.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files written while they are generated appear only on finish, and exactly those returned. */
class EagerOutputTest {
  @TempDir
  Path temp;

  @Test
  void onFinishTheOutputHoldsExactlyTheReturnedFiles() throws Exception {
    Path out = temp.resolve("gen/out");
    try (EagerOutput output = EagerOutput.start(out)) {
      GeneratedFile kept = new GeneratedFile("p/Kept.java", "kept");
      new GeneratedFile("p/Dropped.java", "made but not returned");
      GeneratedFile replaced = new GeneratedFile("p/Twice.java", "first");
      output.stopListening();
      GeneratedFile late = new GeneratedFile("Late.java", "made after listening stopped");
      GeneratedFile twice = new GeneratedFile("p/Twice.java", "second");
      assertFalse(Files.exists(out), "nothing is visible before finish");
      assertEquals(4, output.finish(List.of(kept, replaced, late, twice)));
    }
    assertEquals("kept", Files.readString(out.resolve("p/Kept.java")));
    assertEquals("second", Files.readString(out.resolve("p/Twice.java")), "the last file of a path wins");
    assertEquals("made after listening stopped", Files.readString(out.resolve("Late.java")));
    assertFalse(Files.exists(out.resolve("p/Dropped.java")));
    assertEquals(List.of("out"), OutputWriterTest.names(temp.resolve("gen")));
  }

  @Test
  void closingWithoutFinishLeavesNoTrace() throws Exception {
    Path out = temp.resolve("gen/out");
    try (EagerOutput output = EagerOutput.start(out)) {
      for (int i = 0; i < 100; i++) {
        new GeneratedFile("p/F" + i + ".java", "file " + i);
      }
    }
    assertFalse(Files.exists(temp.resolve("gen")));
  }

  @Test
  void anExistingOutputDirectoryIsUpdatedAsUsual() throws Exception {
    Path out = Files.createDirectories(temp.resolve("out"));
    Files.writeString(out.resolve("Same.java"), "same");
    try (EagerOutput output = EagerOutput.start(out)) {
      List<GeneratedFile> files = List.of(new GeneratedFile("Same.java", "same"), new GeneratedFile("New.java", "new"));
      output.stopListening();
      assertEquals(1, output.finish(files), "only the new file is written");
    }
    assertEquals("new", Files.readString(out.resolve("New.java")));
    assertTrue(OutputWriterTest.names(temp).equals(List.of("out")));
  }
}
