package io.parley.compiler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.compiler.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's contract: exit codes, help, version, check and gen. */
class ParleyCliTest {
  static final String VALID = "src/test/resources/valid/everything.thrift";

  @TempDir
  Path temp;

  @Test
  void helpAndVersionExitZero() {
    CliRun help = CliRun.of("--help");
    assertEquals(0, help.exitCode());
    assertTrue(help.out().contains("check") && help.out().contains("gen"), help.out());
    CliRun checkHelp = CliRun.of("check", "--help");
    assertTrue(checkHelp.out().contains("--include-dir") && checkHelp.out().contains("--strict"), checkHelp.out());
    CliRun version = CliRun.of("--version");
    assertEquals(0, version.exitCode());
    assertTrue(version.out().matches("parley \\d+\\.\\d+\\.\\d+.*\\n"), version.out());
  }

  @Test
  void badUsageExitsTwo() {
    assertEquals(2, CliRun.of().exitCode());
    assertEquals(2, CliRun.of("frobnicate").exitCode());
    assertEquals(2, CliRun.of("check").exitCode(), "no file");
    assertEquals(2, CliRun.of("check", "--no-such-option", VALID).exitCode());
    CliRun noTarget = CliRun.of("gen", VALID);
    assertEquals(2, noTarget.exitCode());
    assertTrue(noTarget.err().contains("--java DIR or --python DIR"), noTarget.err());
  }

  @Test
  void cleanFileExitsZeroWithWarningsShown() {
    CliRun run = CliRun.of("check", VALID);
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("ok: 4 files checked\n", run.out());
    assertTrue(run.err().endsWith("4 warnings\n"), run.err());
  }

  @Test
  void strictTurnsWarningsIntoErrors() {
    CliRun run = CliRun.of("check", "--strict", VALID);
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("error: 'byte' is deprecated"), run.err());
    assertTrue(run.err().endsWith("4 errors\n"), run.err());
  }

  @Test
  void hostileNestingAndLongTypedefChainsEndInAnswersNotStackOverflows() throws Exception {
    Path deep = temp.resolve("deep.thrift");
    Files.writeString(deep, "const list<i32> X = " + "[".repeat(5000) + "]".repeat(5000) + "\n");
    Path nested = temp.resolve("nested.thrift");
    Files.writeString(nested, "const list<i32> X = " + "[".repeat(99) + "]".repeat(99) + "\n");
    StringBuilder chain = new StringBuilder("typedef i32 T0\n");
    for (int i = 1; i < 20_000; i++) {
      chain.append("typedef T").append(i - 1).append(" T").append(i).append('\n');
    }
    Path typedefs = temp.resolve("chain.thrift");
    Files.writeString(typedefs, chain.append("struct S { 1: T19999 x }\n"));
    CliRun[] runs = new CliRun[3];
    Throwable[] failure = new Throwable[1];
    // On a stack of the size the java launcher gives main(), as the parley command runs.
    Thread thread = new Thread(null, () -> {
      try {
        runs[0] = CliRun.of("check", deep.toString());
        runs[1] = CliRun.of("check", nested.toString());
        runs[2] = CliRun.of("gen", "--java", temp.resolve("java").toString(),
            "--python", temp.resolve("py").toString(), typedefs.toString());
      } catch (Throwable t) {
        failure[0] = t;
      }
    }, "parley", 1 << 20);
    thread.start();
    thread.join();
    if (failure[0] != null) {
      throw new AssertionError("the compiler failed instead of answering", failure[0]);
    }
    assertEquals(1, runs[0].exitCode());
    assertTrue(runs[0].err().startsWith(deep + ":1:121: error: '[' nests more than 100 levels deep\n"), runs[0].err());
    assertTrue(runs[0].err().endsWith("1 error\n"), runs[0].err());
    assertEquals(1, runs[1].exitCode(), "99 levels parse; the list is then the wrong type");
    assertTrue(runs[1].err().contains("expected a value of type i32 but found a list"), runs[1].err());
    assertEquals(0, runs[2].exitCode(), runs[2].err());
    assertTrue(Files.exists(temp.resolve("py/chain.py")));
  }

  @Test
  void containersTooDeepForPythonAreRefusedBeforeAnythingIsWritten() throws Exception {
    Path idl = temp.resolve("nested.thrift");
    String ok = "list<".repeat(19) + "i32" + ">".repeat(19);
    String deep = "list<" + ok + ">";
    Files.writeString(idl, "typedef " + ok + " Ok\nstruct S {\n  1: Ok fine\n  2: list<Ok> deep\n}\n"
        + "service V { " + deep + " f(1: " + ok + " a) }\n");
    Path out = temp.resolve("out");
    CliRun run = CliRun.of("gen", "--java", out.resolve("java").toString(), "--python", out.resolve("py").toString(),
        idl.toString());
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(run.err().startsWith(idl + ":4:15: error: 'list<Ok>' nests containers 20 deep; generated Python can hold 19"),
        run.err());
    assertTrue(run.err().contains(idl + ":6:"), "the result type too: " + run.err());
    assertTrue(run.err().endsWith("2 errors\n"), run.err());
    assertFalse(Files.exists(out), "nothing written, not even the directory the outputs share");
    Path java = temp.resolve("java-only");
    assertEquals(0, CliRun.of("gen", "--java", java.toString(), idl.toString()).exitCode(), "Java has no such limit");
  }

  @Test
  void missingFileAndDirectoryAreErrorsNotStackTraces() throws Exception {
    CliRun missing = CliRun.of("check", temp.resolve("nope.thrift").toString());
    assertEquals(1, missing.exitCode());
    assertEquals(temp.resolve("nope.thrift") + ": error: no such file\n1 error\n", missing.err());
    CliRun dir = CliRun.of("check", temp.toString());
    assertEquals(1, dir.exitCode());
    assertTrue(dir.err().contains("is a directory"), dir.err());
    Path binary = temp.resolve("binary.thrift");
    Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
    CliRun notText = CliRun.of("check", binary.toString());
    assertEquals(1, notText.exitCode());
    assertTrue(notText.err().contains("is not valid UTF-8 text"), notText.err());
  }

  @Test
  void includeDirsAreSearchedInOrderAfterTheIncludingFile() throws Exception {
    Path first = Files.createDirectories(temp.resolve("first"));
    Path second = Files.createDirectories(temp.resolve("second"));
    Files.writeString(first.resolve("lib.thrift"), "struct FromFirst { 1: i32 x }\n");
    Files.writeString(second.resolve("lib.thrift"), "struct FromSecond { 1: i32 x }\n");
    Path main = temp.resolve("main.thrift");
    Files.writeString(main, "include \"lib.thrift\"\nstruct M { 1: lib.FromFirst f }\n");
    assertEquals(0, CliRun.of("check", "-I", first.toString(), "-I", second.toString(), main.toString()).exitCode());
    CliRun reversed = CliRun.of("check", "-I", second.toString(), "-I", first.toString(), main.toString());
    assertEquals(1, reversed.exitCode());
    assertTrue(reversed.err().contains("defines no 'FromFirst'"), reversed.err());
    Files.writeString(temp.resolve("lib.thrift"), "struct Beside { 1: i32 x }\n");
    CliRun beside = CliRun.of("check", "-I", first.toString(), main.toString());
    assertTrue(beside.err().contains("defines no 'FromFirst'"), "the including file's directory wins: " + beside.err());
  }

  /** A Python module that shrinks below the size written in parts loses its old parts, and says so. */
  @Test
  void genRemovesThePartsAPythonModuleNoLongerHas() throws Exception {
    StringBuilder big = new StringBuilder("namespace py shrinking\n");
    for (int s = 0; s < 40; s++) {
      big.append("struct S").append(s).append(" {\n");
      for (int f = 1; f <= 12; f++) {
        big.append("  ").append(f).append(": optional ").append(f % 3 == 0 ? "list<i64>" : "string").append(" f")
            .append(f).append("\n");
      }
      big.append("}\n");
    }
    Path idl = Files.writeString(temp.resolve("shrinking.thrift"), big);
    Path out = temp.resolve("py");
    CliRun first = CliRun.of("gen", "--python", out.toString(), idl.toString());
    assertEquals(0, first.exitCode(), first.err());
    long parts;
    try (var files = Files.list(out)) {
      parts = files.filter(p -> p.getFileName().toString().startsWith("_shrinking_part")).count();
    }
    assertTrue(parts >= 2, "written in parts: " + first.out());
    Files.writeString(idl, "namespace py shrinking\nstruct S0 { 1: string f1 }\n");
    CliRun again = CliRun.of("gen", "--python", out.toString(), idl.toString());
    assertEquals("python: 1 files written to " + out + " (" + parts + " stale files removed)\n", again.out());
    try (var files = Files.list(out)) {
      assertEquals(List.of("shrinking.py"), files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void genWritesEveryIncludedFileAndLeavesUnchangedFilesAlone() throws Exception {
    Path out = temp.resolve("out");
    CliRun run = CliRun.of("gen", "--output", "listing=" + out, VALID);
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("listing: 4 files written to " + out + "\n", run.out());
    Path shared = out.resolve("listing/shared.txt");
    assertTrue(Files.readString(shared).contains("EnumDef Color"));
    assertTrue(Files.readString(out.resolve("listing/everything.txt")).contains("ServiceDef Store"));
    FileTime before = FileTime.fromMillis(0);
    Files.setLastModifiedTime(shared, before);
    CliRun again = CliRun.of("gen", "-o", "listing=" + out, VALID);
    assertEquals("listing: 0 files written to " + out + "\n", again.out());
    assertEquals(before, Files.getLastModifiedTime(shared), "unchanged output is not rewritten");
    try (var files = Files.walk(out)) {
      assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary files left");
    }
  }

  @Test
  void aFileNamedAndIncludedIsCompiledOnce() {
    CliRun run = CliRun.of("check", "src/test/resources/valid/everything.thrift", "src/test/resources/valid/shared.thrift",
        "src/test/resources/valid/../valid/sub/common.thrift");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("ok: 4 files checked\n", run.out());
    Path out = temp.resolve("java");
    assertEquals(0, CliRun.of("gen", "--java", out.toString(), "src/test/resources/valid/shared.thrift",
        "src/test/resources/valid/everything.thrift").exitCode());
  }

  @Test
  void genWritesJavaAndRefusesCollidingNames() throws Exception {
    Path out = temp.resolve("java");
    CliRun run = CliRun.of("gen", "--java", out.toString(), "../idl-examples/calculator.thrift");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(Files.exists(out.resolve("io/parley/examples/calculator/CalculatorClient.java")));
    Path clash = temp.resolve("clash.thrift");
    Files.writeString(clash, "struct User { 1: i32 x }\nservice UserCalls {}\nstruct user { 1: i32 y }\n");
    Path out2 = temp.resolve("java2");
    CliRun clashing = CliRun.of("gen", "--java", out2.toString(), clash.toString());
    assertEquals(1, clashing.exitCode());
    assertTrue(clashing.err().contains(clash + ":3:8: error: the Java code for this definition would overwrite"), clashing.err());
    assertFalse(Files.exists(out2), "nothing is written when a generator reports an error");
  }

  @Test
  void userTemplatesOverrideTheBuiltInOnes() throws Exception {
    Path templates = Files.createDirectories(temp.resolve("templates/java"));
    Files.writeString(templates.resolve("enum.ftl"), "// custom enum ${e.name} in ${e.packageName}\n");
    Path out = temp.resolve("out");
    CliRun run = CliRun.of("gen", "--templates", temp.resolve("templates").toString(), "--java", out.toString(),
        "../idl-examples/calculator.thrift");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("// custom enum Operation in io.parley.examples.calculator\n",
        Files.readString(out.resolve("io/parley/examples/calculator/Operation.java")));
    assertTrue(Files.readString(out.resolve("io/parley/examples/calculator/Work.java")).contains("public final class Work"),
        "templates not overridden come from the jar");
    assertEquals(2, CliRun.of("gen", "--templates", temp.resolve("nope").toString(), "--java", out.toString(),
        "../idl-examples/calculator.thrift").exitCode());
  }

  @Test
  void genRefusesATargetWithoutGeneratorAndGeneratesNothingOnErrors() throws Exception {
    CliRun cobol = CliRun.of("gen", "--output", "cobol=" + temp.resolve("c"), VALID);
    assertEquals(1, cobol.exitCode());
    assertEquals("parley: error: no cobol generator is installed in this build (installed: java, listing, python)\n", cobol.err());
    assertFalse(Files.exists(temp.resolve("c")));
    Path broken = temp.resolve("broken.thrift");
    Files.writeString(broken, "struct A { 1: Missing m }\n");
    Path out = temp.resolve("out");
    CliRun run = CliRun.of("gen", "--java", out.toString(), broken.toString());
    assertEquals(1, run.exitCode());
    assertFalse(Files.exists(out), "nothing is generated from a broken IDL");
  }

  @Test
  void genReportsAnUnwritableOutputDirectory() throws Exception {
    Path blocker = temp.resolve("file");
    Files.writeString(blocker, "not a directory");
    CliRun run = CliRun.of("gen", "--java", blocker.toString(), VALID);
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("\nparley: error: cannot write " + blocker), run.err());
    assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
  }
}
