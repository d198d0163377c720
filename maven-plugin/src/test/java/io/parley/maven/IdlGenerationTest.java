package io.parley.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdlGenerationTest {
  @TempDir
  Path dir;

  private Path src;
  private Path shared;
  private Path java;
  private final List<String> log = new ArrayList<>();

  @BeforeEach
  void idl() throws Exception {
    src = dir.resolve("src/main/thrift");
    shared = dir.resolve("shared");
    java = dir.resolve("target/generated-sources/parley");
    write(shared.resolve("money.thrift"), "namespace java p.shared\nstruct Money { 1: i64 cents }\n");
    write(src.resolve("a.thrift"), "namespace java p.a\ninclude \"money.thrift\"\nstruct A { 1: money.Money m }\n");
    write(src.resolve("b/b.thrift"), "namespace java p.b\ninclude \"a.thrift\"\nstruct B { 1: a.A a }\n");
  }

  @Test
  void generatesThenSkipsWhileNothingChanges() throws Exception {
    assertEquals(IdlGeneration.Outcome.GENERATED, run(request(false)));
    assertTrue(Files.isRegularFile(java.resolve("p/a/A.java")));
    assertTrue(Files.isRegularFile(java.resolve("p/b/B.java")));
    assertTrue(Files.isRegularFile(java.resolve("p/shared/Money.java")));
    assertTrue(logged("[info] java: 3 files generated in " + java + " (3 written, 0 unchanged)"));

    log.clear();
    assertEquals(IdlGeneration.Outcome.UP_TO_DATE, run(request(false)));
    assertEquals(List.of("[info] " + IdlGeneration.UP_TO_DATE), log);
  }

  @Test
  void anIncludedFileOutsideTheSourcesCountsAsInput() throws Exception {
    run(request(false));
    write(shared.resolve("money.thrift"), "namespace java p.shared\nstruct Money { 1: i64 cents, 2: string currency }\n");
    assertEquals(IdlGeneration.Outcome.GENERATED, run(request(false)));
    assertTrue(Files.readString(java.resolve("p/shared/Money.java")).contains("currency"));
  }

  @Test
  void aConfigurationChangeRegeneratesWithoutRewriting() throws Exception {
    run(request(false));
    log.clear();
    assertEquals(IdlGeneration.Outcome.GENERATED, run(request(true)));
    assertTrue(logged("[info] java: 3 files generated in " + java + " (0 written, 3 unchanged)"));
  }

  @Test
  void aDeletedIdlFileTakesOnlyItsOwnOutputWithIt() throws Exception {
    run(request(false));
    Path notes = write(java.resolve("p/a/NOTES.txt"), "mine");
    Path unrelated = write(java.resolve("p/b/Handwritten.java"), "class Handwritten {}");
    Files.delete(src.resolve("b/b.thrift"));

    assertEquals(IdlGeneration.Outcome.GENERATED, run(request(false)));
    assertFalse(Files.exists(java.resolve("p/b/B.java")));
    assertTrue(Files.isRegularFile(java.resolve("p/a/A.java")));
    assertTrue(Files.isRegularFile(notes));
    assertTrue(Files.isRegularFile(unrelated));
    assertTrue(logged("[info] Removed 1 stale generated file"));
  }

  @Test
  void staleDirectoriesLeftEmptyAreRemoved() throws Exception {
    run(request(false));
    Files.delete(src.resolve("b/b.thrift"));
    run(request(false));
    assertFalse(Files.exists(java.resolve("p/b")));
    assertTrue(Files.isDirectory(java.resolve("p/a")));
  }

  @Test
  void removingEveryIdlFileRemovesEveryOutput() throws Exception {
    run(request(false));
    IdlGeneration.Request none = new IdlGeneration.Request(List.of(), List.of(src), false, null,
        Map.of("java", java), state(), "");
    assertEquals(IdlGeneration.Outcome.NO_IDL_FILES, run(none));
    assertFalse(Files.exists(java.resolve("p")));
  }

  @Test
  void errorsAreLoggedOneLinePerDiagnosticAndFailTheBuild() throws Exception {
    run(request(false));
    Path b = src.resolve("b/b.thrift");
    write(b, "namespace java p.b\ninclude \"a.thrift\"\nstruct B { 1: a.A a, 2: Nope n, x: i32 y }\n");
    log.clear();

    MojoFailureException e = assertThrows(MojoFailureException.class, () -> run(request(false)));
    assertTrue(e.getMessage().matches("\\d+ errors? in IDL files"), e.getMessage());
    assertTrue(log.stream().anyMatch(l -> l.startsWith("[error] " + b + ":3:")
        && l.contains(": error: ")), String.join("\n", log));
    // Outputs of the last good build stay, and the next build tries again.
    assertTrue(Files.isRegularFile(java.resolve("p/b/B.java")));
    assertThrows(MojoFailureException.class, () -> run(request(false)));
  }

  @Test
  void warningsAreLoggedAsWarnings() throws Exception {
    write(src.resolve("b/b.thrift"), "namespace java p.b\nstruct B { i32 noId }\n");
    run(request(false));
    assertTrue(log.stream().anyMatch(l -> l.startsWith("[warn] " + src.resolve("b/b.thrift") + ":2:")
        && l.contains(": warning: ")), String.join("\n", log));
    log.clear();
    assertThrows(MojoFailureException.class, () -> run(request(true)));
    assertTrue(log.stream().anyMatch(l -> l.startsWith("[error] ") && l.contains(": error: ")));
  }

  @Test
  void pythonGoesToItsOwnDirectory() throws Exception {
    Path python = dir.resolve("target/generated-sources/parley-python");
    Map<String, Path> outputs = new LinkedHashMap<>();
    outputs.put("java", java);
    outputs.put("python", python);
    run(new IdlGeneration.Request(idlFiles(), List.of(src, shared), false, null, outputs, state(), ""));
    try (var walk = Files.walk(python)) {
      assertTrue(walk.anyMatch(p -> p.toString().endsWith(".py")));
    }
    assertTrue(Files.isRegularFile(java.resolve("p/a/A.java")));
  }

  @Test
  void aChangeInTheTemplatesDirectoryRegenerates() throws Exception {
    Path templates = Files.createDirectories(dir.resolve("templates"));
    write(templates.resolve("README"), "v1");
    IdlGeneration.Request request = new IdlGeneration.Request(idlFiles(), List.of(src, shared), false, templates,
        Map.of("java", java), state(), "");
    run(request);
    assertEquals(IdlGeneration.Outcome.UP_TO_DATE, run(request));
    write(templates.resolve("README"), "v2");
    assertEquals(IdlGeneration.Outcome.GENERATED, run(request));
  }

  @Test
  void anUnknownLanguageIsAConfigurationError() {
    IdlGeneration.Request request = new IdlGeneration.Request(List.of(), List.of(), false, null,
        Map.of("cobol", dir), state(), "");
    MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> run(request));
    assertTrue(e.getMessage().contains("No generator for language 'cobol' (installed: java, python"), e.getMessage());
  }

  private IdlGeneration.Request request(boolean strict) throws Exception {
    return new IdlGeneration.Request(idlFiles(), List.of(src, shared), strict, null, Map.of("java", java), state(), "");
  }

  private List<Path> idlFiles() throws Exception {
    return new IdlFiles(List.of("**/*.thrift"), List.of()).scan(src);
  }

  private Path state() {
    return dir.resolve("target/parley/generate-default.state");
  }

  private IdlGeneration.Outcome run(IdlGeneration.Request request) throws Exception {
    return new IdlGeneration(getClass().getClassLoader(), new CapturingLog()).run(request);
  }

  private boolean logged(String line) {
    return log.contains(line);
  }

  private static Path write(Path file, String text) throws Exception {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  /** Keeps what is logged at info and above, prefixed with the level. */
  private final class CapturingLog extends SystemStreamLog {
    @Override
    public void info(CharSequence content) {
      log.add("[info] " + content);
    }

    @Override
    public void warn(CharSequence content) {
      log.add("[warn] " + content);
    }

    @Override
    public void error(CharSequence content) {
      log.add("[error] " + content);
    }
  }
}
