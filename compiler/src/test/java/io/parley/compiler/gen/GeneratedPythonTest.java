package io.parley.compiler.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.compiler.Compilation;
import io.parley.compiler.Compiler;
import io.parley.compiler.diag.Diagnostics;
import io.parley.compiler.gen.python.PythonGenerator;
import io.parley.compiler.testing.PythonPeer;
import io.parley.compiler.testing.ThriftPeer;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated Python imports, runs and type-checks: its behaviour (defaults, open enums, schema
 * evolution, unions, exceptions), byte compatibility with Apache Thrift's Python library (its pure
 * and C-accelerated protocols), its fast codecs against its generic ones, and {@code mypy --strict}
 * on the generated code of the examples.
 */
class GeneratedPythonTest {
  static final Path RESOURCES = Path.of("src/test/resources");

  @TempDir
  Path temp;

  static Path generateInto(Path dir, List<Path> idl) throws IOException {
    return generateInto(dir, idl, new PythonGenerator());
  }

  static Path generateInto(Path dir, List<Path> idl, PythonGenerator generator) throws IOException {
    Compilation compilation = new Compiler(List.of(), false).compile(idl);
    assertTrue(compilation.succeeded(), compilation.formattedDiagnostics());
    Diagnostics diagnostics = new Diagnostics();
    new OutputWriter(dir).write(generator.generate(compilation.schema().orElseThrow(), diagnostics));
    assertEquals(List.of(), diagnostics.sorted());
    return dir;
  }

  @Test
  void generatedValuesBehaveOnEveryPython() throws Exception {
    Path out = generateInto(temp.resolve("py"), List.of(RESOURCES.resolve("behaviour/v1.thrift")));
    generateInto(out, List.of(RESOURCES.resolve("behaviour/v2.thrift")));
    for (String python : PythonPeer.interpreters()) {
      String output = PythonPeer.run(List.of(python, RESOURCES.resolve("python/behaviour_check.py").toString()),
          out + File.pathSeparator + PythonPeer.RUNTIME, 60);
      assertTrue(output.contains("behaviour_check: ok"), python + ": " + output);
      System.out.println("behaviour_check passed on " + python);
    }
  }

  @Test
  void agreesWithApacheThriftPythonByteForByte() throws Exception {
    ThriftPeer thrift = ThriftPeer.require();
    String python = PythonPeer.requireWithThrift();
    Path thriftIdl = Files.createDirectories(temp.resolve("thrift-idl")).resolve("compat.thrift");
    Files.writeString(thriftIdl, Files.readString(RESOURCES.resolve("compat/compat.thrift"))
        .replace("namespace java compat.parley", "namespace py thrift_compat"));
    Path thriftOut = Files.createDirectories(temp.resolve("thrift-py"));
    ThriftPeer.Result result = thrift.generate(thriftIdl, List.of(), thriftOut, "py");
    assertEquals(0, result.exitCode(), result.output());
    Path ours = generateInto(temp.resolve("parley-py"), List.of(RESOURCES.resolve("compat/compat.thrift")));
    String output = PythonPeer.run(List.of(python, RESOURCES.resolve("python/compat_check.py").toString()),
        ours + File.pathSeparator + thriftOut + File.pathSeparator + PythonPeer.RUNTIME, 60);
    assertTrue(output.contains("compat_check: ok"), output);
  }

  /**
   * The straight-line codecs agree with the generic ones over protocol objects, with Apache
   * Thrift's Python library (pure and C-accelerated), and on hostile, truncated and damaged input.
   */
  @Test
  void fastCodecsAgreeWithGenericCodecsAndApacheThrift() throws Exception {
    List<Path> idl = List.of(RESOURCES.resolve("fastpath/fastpath.thrift"), RESOURCES.resolve("fastpath/fastpath_more.thrift"));
    Path ours = generateInto(temp.resolve("parley-fast"), idl);
    String script = RESOURCES.resolve("python/fastpath_check.py").toString();
    for (String python : PythonPeer.interpreters()) {
      String output = PythonPeer.run(List.of(python, script), ours + File.pathSeparator + PythonPeer.RUNTIME, 300);
      assertTrue(output.contains("fastpath_check: ok"), python + ": " + output);
      System.out.println("fastpath_check passed on " + python);
    }
    ThriftPeer thrift = ThriftPeer.require();
    String python = PythonPeer.requireWithThrift();
    Path thriftIdl = Files.createDirectories(temp.resolve("thrift-fast-idl")).resolve("fastpath.thrift");
    Files.writeString(thriftIdl, Files.readString(idl.get(0)).replace("namespace py fastpath", "namespace py thrift_fastpath"));
    Path thriftOut = Files.createDirectories(temp.resolve("thrift-fast-py"));
    ThriftPeer.Result result = thrift.generate(thriftIdl, List.of(), thriftOut, "py");
    assertEquals(0, result.exitCode(), result.output());
    String output = PythonPeer.run(List.of(python, script, "--thrift"),
        ours + File.pathSeparator + thriftOut + File.pathSeparator + PythonPeer.RUNTIME, 300);
    assertTrue(output.contains("fastpath_check: ok") && output.contains("with Apache Thrift"), output);
  }

  @Test
  void generatedCodePassesMypyStrict() throws Exception {
    assertPassesMypyStrict(temp.resolve("typed"), new PythonGenerator());
  }

  /**
   * A module written as parts (here one per struct and service, as the largest modules are
   * written) behaves as the one file does on every Python, its fast codecs included, and passes
   * {@code mypy --strict}, parts and all.
   */
  @Test
  void modulesInPartsBehaveAsOneFileAndTypeCheck() throws Exception {
    PythonGenerator inParts = PythonGenerator.withPartsOf(1);
    Path out = generateInto(temp.resolve("parts"), List.of(RESOURCES.resolve("behaviour/v1.thrift")), inParts);
    generateInto(out, List.of(RESOURCES.resolve("behaviour/v2.thrift")), inParts);
    assertTrue(Files.exists(out.resolve("_v1_part2.py")) && Files.exists(out.resolve("_v2_part2.py")), "not in parts");
    List<Path> fast = List.of(RESOURCES.resolve("fastpath/fastpath.thrift"),
        RESOURCES.resolve("fastpath/fastpath_more.thrift"));
    Path fastOut = generateInto(temp.resolve("parts-fast"), fast, inParts);
    for (String python : PythonPeer.interpreters()) {
      String output = PythonPeer.run(List.of(python, RESOURCES.resolve("python/behaviour_check.py").toString()),
          out + File.pathSeparator + PythonPeer.RUNTIME, 60);
      assertTrue(output.contains("behaviour_check: ok"), python + ": " + output);
      output = PythonPeer.run(List.of(python, RESOURCES.resolve("python/fastpath_check.py").toString()),
          fastOut + File.pathSeparator + PythonPeer.RUNTIME, 300);
      assertTrue(output.contains("fastpath_check: ok"), python + ": " + output);
    }
    assertPassesMypyStrict(temp.resolve("typed-parts"), inParts);
  }

  /**
   * A module that is also a package (its file is {@code __init__.py}) keeps its parts inside the
   * package; a module including it uses its enum's value map through it.
   */
  @Test
  void aPackageModuleInPartsKeepsThemInsideThePackage() throws Exception {
    Path idl = Files.createDirectories(temp.resolve("package-idl"));
    Files.writeString(idl.resolve("outer.thrift"), "namespace py pk.outer\nenum Color { RED = 1, BLUE = 2 }\n"
        + "struct Box { 1: Color color, 2: i32 size }\nstruct Crate { 1: list<Box> boxes }\n");
    Files.writeString(idl.resolve("inner.thrift"), "namespace py pk.outer.inner\ninclude \"outer.thrift\"\n"
        + "struct Label { 1: outer.Color color, 2: outer.Crate crate }\n");
    Path out = generateInto(temp.resolve("package-py"), List.of(idl.resolve("inner.thrift")),
        PythonGenerator.withPartsOf(1));
    assertTrue(Files.exists(out.resolve("pk/outer/__init__.py"))
        && Files.exists(out.resolve("pk/outer/_outer_part2.py")), "parts of pk.outer not inside its package");
    Path check = Files.writeString(temp.resolve("package_check.py"), String.join("\n",
        "from parley import Protocol, codec",
        "from pk.outer import Box, Color, Crate",
        "from pk.outer.inner import Label",
        "label = Label(color=Color.BLUE, crate=Crate(boxes=[Box(color=Color.RED, size=3)]))",
        "for protocol in (Protocol.COMPACT, Protocol.BINARY):",
        "    assert codec.decode(Label, codec.encode(label, protocol), protocol) == label",
        "assert Box.__module__ == 'pk.outer' and Label.__module__ == 'pk.outer.inner'",
        "print('package_check: ok')", ""));
    for (String python : PythonPeer.interpreters()) {
      String output = PythonPeer.run(List.of(python, check.toString()),
          out + File.pathSeparator + PythonPeer.RUNTIME, 60);
      assertTrue(output.contains("package_check: ok"), python + ": " + output);
    }
    String mypy = PythonPeer.requireTool("PARLEY_MYPY", "mypy", "type-checks generated Python");
    List<String> command = new ArrayList<>(List.of(mypy, "--strict", "--no-incremental", check.toString()));
    try (var files = Files.walk(out)) {
      files.filter(p -> p.toString().endsWith(".py")).forEach(p -> command.add(p.toString()));
    }
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("MYPYPATH", out + File.pathSeparator + PythonPeer.RUNTIME);
    Process process = pb.start();
    String report = new String(process.getInputStream().readAllBytes());
    assertEquals(0, process.waitFor(), report);
  }

  /**
   * Importing generated code imports neither {@code dataclasses} (its classes become dataclasses
   * when something asks) nor, unless its IDL uses UUIDs, {@code uuid}: a module whose only UUID is
   * inside a constant of an included file's struct still imports it.
   */
  @Test
  void importingGeneratedCodeImportsOnlyWhatItUses() throws Exception {
    Path idl = Files.createDirectories(temp.resolve("lean-idl"));
    Files.writeString(idl.resolve("plain.thrift"), "namespace py lean.plain\n"
        + "struct Bag { 1: list<i32> items = [1, 2], 2: optional string label }\n");
    Files.writeString(idl.resolve("ids.thrift"), "namespace py lean.ids\nstruct Tagged { 1: uuid id }\n");
    Files.writeString(idl.resolve("uses.thrift"), "namespace py lean.uses\ninclude \"ids.thrift\"\n"
        + "const ids.Tagged FIRST = {\"id\": \"00112233-4455-6677-8899-aabbccddeeff\"}\n");
    Path out = generateInto(temp.resolve("lean-py"), List.of(idl.resolve("plain.thrift"), idl.resolve("uses.thrift")));
    assertFalse(Files.readString(out.resolve("lean/plain.py")).contains("import uuid"));
    Path check = Files.writeString(temp.resolve("lean_check.py"), String.join("\n",
        "import sys",
        "from lean.plain import Bag",
        "from parley import codec",
        "bag = codec.decode(Bag, codec.encode(Bag(label='x')))",
        "assert bag == Bag(items=[1, 2], label='x'), bag",
        "loaded = sorted(m for m in ('dataclasses', 'uuid', 'inspect') if m in sys.modules)",
        "assert loaded == [], loaded",
        "import dataclasses, typing, uuid",
        "assert [f.name for f in dataclasses.fields(Bag)] == ['items', 'label']",
        "assert dataclasses.replace(bag, label='y') == Bag(label='y')",
        "from lean.uses import FIRST",
        "assert FIRST.id == uuid.UUID('00112233-4455-6677-8899-aabbccddeeff'), FIRST",
        "assert typing.get_type_hints(type(FIRST))['id'] == typing.Optional[uuid.UUID]",
        "print('lean_check: ok')", ""));
    for (String python : PythonPeer.interpreters()) {
      String output = PythonPeer.run(List.of(python, check.toString()),
          out + File.pathSeparator + PythonPeer.RUNTIME, 60);
      assertTrue(output.contains("lean_check: ok"), python + ": " + output);
    }
  }

  private static void assertPassesMypyStrict(Path out, PythonGenerator generator) throws Exception {
    String mypy = PythonPeer.requireTool("PARLEY_MYPY", "mypy", "type-checks generated Python");
    List<String> command = new ArrayList<>(List.of(mypy, "--strict", "--no-incremental"));
    List<List<Path>> groups = List.of(JavaGeneratorTest.examples(), List.of(RESOURCES.resolve("e2e/calculator.thrift")),
        List.of(RESOURCES.resolve("behaviour/v1.thrift")), List.of(RESOURCES.resolve("compat/compat.thrift")),
        List.of(RESOURCES.resolve("fastpath/fastpath.thrift"), RESOURCES.resolve("fastpath/fastpath_more.thrift")));
    for (int i = 0; i < groups.size(); i++) {
      Path dir = generateInto(out.resolve("group" + i), groups.get(i), generator);
      try (var files = Files.walk(dir)) {
        files.filter(p -> p.toString().endsWith(".py") && !p.getFileName().toString().equals("__init__.py"))
            .forEach(p -> command.add(p.toString()));
      }
    }
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("MYPYPATH", PythonPeer.RUNTIME.toString());
    Process process = pb.start();
    String report = new String(process.getInputStream().readAllBytes());
    assertEquals(0, process.waitFor(), report);
    assertTrue(report.startsWith("Success: no issues found"), report);
  }

  /** Type checkers see what users may not do: the __init__ and frozen fields are typed. */
  @Test
  void mypyRefusesMisuseOfGeneratedValues() throws Exception {
    String mypy = PythonPeer.requireTool("PARLEY_MYPY", "mypy", "type-checks generated Python");
    Path dir = generateInto(temp.resolve("misuse"), List.of(RESOURCES.resolve("behaviour/v1.thrift")));
    List<String> misuses = List.of(
        "a.name = \"changed\"",
        "v1.Account(id=\"one\")",
        "v1.Account(7)",
        "v1.Account()",
        "v1.Defaults(names=[1])",
        "v1.Contact(email=5)",
        "parley.rpc.Clinet");
    StringBuilder user = new StringBuilder("import parley.rpc\nimport v1\na = v1.Account(id=1)\n");
    misuses.forEach(m -> user.append(m).append('\n'));
    Path file = Files.writeString(dir.resolve("user.py"), user);
    ProcessBuilder pb = new ProcessBuilder(mypy, "--strict", "--no-incremental", file.toString())
        .directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().put("MYPYPATH", dir + File.pathSeparator + PythonPeer.RUNTIME);
    Process process = pb.start();
    String report = new String(process.getInputStream().readAllBytes());
    assertEquals(1, process.waitFor(), report);
    for (int line = 4; line < 4 + misuses.size(); line++) {
      assertTrue(report.contains("user.py:" + line + ": error"), "line " + line + " passed mypy:\n" + report);
    }
    assertTrue(report.contains("Found " + misuses.size() + " errors"), report);
  }
}
