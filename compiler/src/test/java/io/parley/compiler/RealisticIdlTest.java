package io.parley.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.compiler.diag.Severity;
import io.parley.compiler.schema.Schema;
import io.parley.compiler.schema.ServiceDef;
import io.parley.compiler.schema.StructDef;
import io.parley.compiler.testing.ThriftPeer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Multi-file IDLs modelled on public schemas (Hive, Cassandra, HBase, Aurora, Evernote, Jaeger,
 * Zipkin, Parquet, fb303) compile clean with Parley, and Apache Thrift's compiler agrees.
 * The entry points are listed in {@code realistic/README.md}.
 */
public class RealisticIdlTest {
  static final Path DIR = Path.of("src/test/resources/realistic");
  static final Path EXTRA_INCLUDE = DIR.resolve("misc/idl_path");

  @TempDir
  Path temp;

  @TestFactory
  Stream<DynamicTest> everyEntryPointCompilesWithoutErrors() throws IOException {
    return entryPoints().stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
      Compilation c = new Compiler(List.of(EXTRA_INCLUDE), false).compile(List.of(file));
      assertTrue(c.succeeded(), c.formattedDiagnostics());
      // Real schemas do use a list as a map key (Hive) and the old cpp_type (misc): warned, not failed.
      long expectedWarnings = file.endsWith("hive_metastore.thrift") || file.endsWith("misc/main.thrift") ? 1 : 0;
      assertEquals(expectedWarnings, c.count(Severity.WARNING), c.formattedDiagnostics());
    }));
  }

  @Test
  void theIncludeGraphsAreRealAndLinked() throws IOException {
    Compilation hive = new Compiler(List.of(), false).compile(List.of(DIR.resolve("hive/hive_metastore.thrift")));
    Schema schema = hive.schema().orElseThrow();
    assertTrue(schema.files().stream().anyMatch(f -> f.name().equals("fb303")), "hive includes fb303");
    ServiceDef metastore = schema.rootFiles().get(0).definitions(ServiceDef.class).get(0);
    assertEquals("fb303", schema.fileOf(metastore.extended().orElseThrow()).name(), "extends across files");
    Compilation evernote = new Compiler(List.of(), false).compile(List.of(DIR.resolve("evernote/NoteStore.thrift")));
    assertEquals(4, evernote.fileCount());
    long structs = evernote.schema().orElseThrow().files().stream()
        .mapToLong(f -> f.definitions(StructDef.class).size()).sum();
    assertTrue(structs > 20, "evernote defines " + structs + " structs");
  }

  @Test
  void fixturesAreSizeable() throws IOException {
    long lines;
    try (Stream<Path> files = Files.walk(DIR)) {
      lines = files.filter(p -> p.toString().endsWith(".thrift")).mapToLong(p -> {
        try {
          return Files.readAllLines(p).size();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).sum();
    }
    assertTrue(lines > 2500, lines + " lines");
  }

  @TestFactory
  Stream<DynamicTest> apacheThriftAcceptsEveryEntryPointToo() throws IOException {
    return entryPoints().stream()
        .filter(f -> !f.endsWith("uuid.thrift")) // uuid arrived in Thrift 0.18; Debian ships 0.17
        .map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
          ThriftPeer thrift = ThriftPeer.require();
          Path out = Files.createTempDirectory(temp, "gen");
          ThriftPeer.Result result = thrift.generateJava(file, List.of(EXTRA_INCLUDE), out);
          assertEquals(0, result.exitCode(), result.output());
          assertEquals("", result.output().strip(), "thrift printed warnings");
        }));
  }

  public static List<Path> entryPoints() throws IOException {
    List<Path> files = new ArrayList<>();
    boolean listing = false;
    for (String line : Files.readAllLines(DIR.resolve("README.md"))) {
      if (line.startsWith("ENTRY POINTS:")) {
        listing = true;
      } else if (listing && line.startsWith("- ")) {
        files.add(DIR.resolve(line.substring(2).split(" ")[0]));
      }
    }
    assertTrue(files.size() >= 10, "entry points: " + files);
    return files;
  }
}
