package io.parley.compiler.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.compiler.testing.CliRun;
import io.parley.compiler.testing.Driver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Definitions past the JVM's limits: structs and exceptions with more fields than one parameter
 * list holds compile and behave (their constructor takes a builder), and those whose codecs
 * outgrow one method are split; what Java cannot hold at all (a method with too many parameters,
 * a struct, enum or service too large for one class) is an error at its name, never a javac
 * failure in generated code.
 */
class WideStructTest {
  static final Path DIR = Path.of("src/test/resources/wide");

  @TempDir
  Path temp;

  @Test
  void wideValuesCompileAndRoundTrip() throws Exception {
    List<GeneratedFile> files = JavaGeneratorTest.generate(List.of(DIR.resolve("wide.thrift")), List.of());
    String wide = files.stream().filter(f -> f.path().equals("wide/Wide.java")).findFirst().orElseThrow().content();
    assertTrue(wide.contains("private Wide(Builder values$$)"), "the constructor takes a builder");
    Driver.run(DIR.resolve("WideDriver.java"), files, List.of(DIR.resolve("support")), temp);
  }

  /**
   * An IDL whose struct and union have {@code members} fields of every kind (2,500 of them make
   * decoders and writers of several times the 64 KiB a JVM method holds) and whose enum has
   * {@code members} values.
   */
  static String huge(int members) {
    String[] kinds = {"i32", "i64", "string", "list<i32>", "map<string,i64>", "double", "bool", "Inner", "set<string>",
        "binary"};
    StringBuilder idl = new StringBuilder("namespace java huge\nnamespace py huge\nstruct Inner { 1: i32 x }\n");
    idl.append("enum HugeEnum {\n");
    for (int i = 1; i <= members; i++) {
      idl.append("  V").append(i).append(" = ").append(i).append('\n');
    }
    for (String kind : List.of("struct Huge", "union HugeUnion")) {
      idl.append("}\n").append(kind).append(" {\n");
      for (int i = 1; i <= members; i++) {
        boolean required = kind.startsWith("struct") && (i == 1 || i == members / 2 || i == members);
        idl.append("  ").append(i).append(required ? ": required " : ": ")
            .append(i == 7 ? "HugeEnum" : kinds[i % kinds.length]).append(" f").append(i).append('\n');
      }
    }
    return idl.append("}\n").toString();
  }

  @Test
  void hugeStructsAndUnionsSplitTheirCodecsAndRoundTrip() throws Exception {
    Path idl = temp.resolve("huge.thrift");
    Files.writeString(idl, huge(2500));
    List<GeneratedFile> files = JavaGeneratorTest.generate(List.of(idl), List.of());
    String struct = files.stream().filter(f -> f.path().equals("huge/Huge.java")).findFirst().orElseThrow().content();
    String union = files.stream().filter(f -> f.path().equals("huge/HugeUnion.java")).findFirst().orElseThrow().content();
    assertTrue(struct.contains("boolean readCompact3(") && struct.contains("private int writeCompact3("),
        "the struct's codecs come in several methods");
    assertTrue(union.contains("boolean read3(") && union.contains("private boolean write3("),
        "the union's codecs come in several methods");
    Driver.run(DIR.resolve("HugeDriver.java"), files, List.of(DIR.resolve("support")), temp.resolve("work"));
  }

  @Test
  void definitionsTooLargeForAJavaClassAreErrorsAtTheirNames() throws Exception {
    Path idl = temp.resolve("huge.thrift");
    Files.writeString(idl, huge(2501));
    CliRun run = CliRun.of("gen", "--java", temp.resolve("out").toString(), idl.toString());
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(run.err().contains("huge.thrift:4:6: error: the enum 'HugeEnum' has 2501 values; generated Java holds"
        + " at most 2500 (a JVM method holds 64 KiB of code); split it"), run.err());
    assertTrue(run.err().contains(":2507:8: error: the struct 'Huge' has 2501 fields;"), run.err());
    assertTrue(run.err().contains(":5010:7: error: the union 'HugeUnion' has 2501 fields;"), run.err());
    assertTrue(Files.notExists(temp.resolve("out")));
    CliRun python = CliRun.of("gen", "--python", temp.resolve("py").toString(), idl.toString());
    assertEquals(0, python.exitCode(), "Python has no such limit: " + python.err());
  }

  /**
   * A service with more methods than one class file's constants take is an error at its name (javac
   * said "too many constants" at 2,000 methods of three parameters and one exception); split over
   * two services, one extending the other, the same methods compile.
   */
  @Test
  void aServiceTooLargeForOneJavaClassIsAnErrorAtItsName() throws Exception {
    StringBuilder methods = new StringBuilder();
    StringBuilder first = new StringBuilder();
    StringBuilder second = new StringBuilder();
    for (int i = 1; i <= 2000; i++) {
      String method = "  R m" + i + "(1: i32 a, 2: string b, 3: list<R> c) throws (1: E e)\n";
      methods.append(method);
      (i <= 1000 ? first : second).append(method);
    }
    String types = "namespace java svc\nstruct R { 1: i32 x }\nexception E { 1: string m }\n";
    Path idl = temp.resolve("svc.thrift");
    Files.writeString(idl, types + "service S {\n" + methods + "}\n");
    CliRun run = CliRun.of("gen", "--java", temp.resolve("out").toString(), idl.toString());
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(run.err().contains("svc.thrift:4:9: error: the service 'S' has too many methods for one Java class"
        + " (2000; its server side would need about 70020 of the 65,535 constants a class holds); split it into"
        + " services, one extending another"), run.err());
    Path split = temp.resolve("split.thrift");
    Files.writeString(split, types + "service S1 {\n" + first + "}\nservice S2 extends S1 {\n" + second + "}\n");
    List<GeneratedFile> files = JavaGeneratorTest.generate(List.of(split), List.of());
    io.parley.compiler.testing.Javac.compile(files, temp.resolve("classes"));
  }

  /**
   * Constants whose building outgrows one JVM method (the class initializer held them all; javac
   * said "code too large") are built in methods of their own; one too large for any method is an
   * error at its name.
   */
  @Test
  void largeConstantsAreBuiltInMethodsOfTheirOwn() throws Exception {
    StringBuilder idl = new StringBuilder("namespace java konst\nstruct P { 1: i32 x, 2: string y }\nconst i32 SMALL = 5\n");
    idl.append("const list<i64> BIG = [");
    for (int i = 0; i < 5500; i++) {
      idl.append(i == 0 ? "" : ", ").append(i * 1000L);
    }
    idl.append("]\nconst map<string, i32> MAP = {");
    for (int i = 0; i < 2500; i++) {
      idl.append(i == 0 ? "" : ", ").append("\"k").append(i).append("\": ").append(i);
    }
    idl.append("}\nconst list<P> POINTS = [");
    for (int i = 0; i < 1500; i++) {
      idl.append(i == 0 ? "" : ", ").append("{\"x\": ").append(i).append(", \"y\": \"s").append(i).append("\"}");
    }
    idl.append("]\n");
    for (int j = 0; j < 300; j++) {
      idl.append("const set<i32> S").append(j).append(" = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]\n");
    }
    Path file = temp.resolve("konst.thrift");
    Files.writeString(file, idl);
    Path classes = io.parley.compiler.testing.Javac.compile(JavaGeneratorTest.generate(List.of(file), List.of()),
        temp.resolve("konst"));
    try (java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {classes.toUri().toURL()},
        getClass().getClassLoader())) {
      Class<?> constants = loader.loadClass("konst.KonstConstants");
      List<?> big = (List<?>) constants.getField("BIG").get(null);
      assertEquals(5500, big.size());
      assertEquals(5_499_000L, big.get(5499));
      assertEquals(2499, ((java.util.Map<?, ?>) constants.getField("MAP").get(null)).get("k2499"));
      assertEquals(1500, ((List<?>) constants.getField("POINTS").get(null)).size());
      assertEquals(16, ((java.util.Set<?>) constants.getField("S299").get(null)).size());
      assertEquals(5, constants.getField("SMALL").getInt(null));
    }
    Path tooLarge = temp.resolve("big.thrift");
    Files.writeString(tooLarge, "const list<i32> HUGE = [" + "7, ".repeat(6000) + "7]\n");
    CliRun run = CliRun.of("gen", "--java", temp.resolve("out").toString(), tooLarge.toString());
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(run.err().contains("big.thrift:1:17: error: the constant 'HUGE' is too large for Java: building it"
        + " takes about 66023 bytes of code, and a JVM method holds 65,535; split it into several constants"), run.err());
  }

  /**
   * A struct literal setting a thousand fields, as a constant and as a field's default, with wide
   * literals nested in it: as one chain of builder calls javac ran out of stack on it (at 900
   * fields from the command line); its fields are now set as statements.
   */
  @Test
  void wideStructLiteralsCompileAndHoldTheirValues() throws Exception {
    int fields = 1200;
    StringBuilder idl = new StringBuilder("namespace java lit\nstruct W {\n");
    for (int i = 1; i <= fields; i++) {
      idl.append("  ").append(i).append(": optional i32 f").append(i).append('\n');
    }
    idl.append("  ").append(fields + 1).append(": optional list<W> inner\n}\n");
    String inner = literal(100, 2, "");
    idl.append("const W BIG = ").append(literal(fields, 1, ", \"inner\": [" + inner + ", " + inner + "]")).append('\n');
    idl.append("struct Holder {\n  1: W w = ").append(literal(1000, 3, "")).append("\n}\n");
    Path file = temp.resolve("lit.thrift");
    Files.writeString(file, idl);
    List<GeneratedFile> files = JavaGeneratorTest.generate(List.of(file), List.of());
    assertTrue(files.stream().anyMatch(f -> f.content().contains("Values.fill(W.builder(), (W.Builder b$0) -> {")),
        "wide literals are set as statements");
    Path classes = io.parley.compiler.testing.Javac.compile(files, temp.resolve("lit"));
    try (java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {classes.toUri().toURL()},
        getClass().getClassLoader())) {
      Object big = loader.loadClass("lit.LitConstants").getField("BIG").get(null);
      assertEquals(1, field(big, "f1"));
      assertEquals(fields, field(big, "f" + fields));
      List<?> nested = (List<?>) field(big, "inner");
      assertEquals(2, nested.size());
      assertEquals(200, field(nested.get(1), "f100"));
      assertEquals(null, field(nested.get(1), "f101"));
      Class<?> holder = loader.loadClass("lit.Holder");
      Object builder = holder.getMethod("builder").invoke(null);
      Object w = field(builder.getClass().getMethod("build").invoke(builder), "w");
      assertEquals(2997, field(w, "f999"));
    }
  }

  /** A struct literal of {@code W} setting fields f1..f{@code count} to i * {@code times}, then {@code more}. */
  private static String literal(int count, int times, String more) {
    StringBuilder out = new StringBuilder("{");
    for (int i = 1; i <= count; i++) {
      out.append(i == 1 ? "" : ", ").append("\"f").append(i).append("\": ").append(i * times);
    }
    return out.append(more).append('}').toString();
  }

  private static Object field(Object value, String name) throws ReflectiveOperationException {
    return value.getClass().getMethod(name).invoke(value);
  }

  @Test
  void aMethodWithTooManyParameterSlotsIsAnErrorAtTheMethod() throws Exception {
    Path idl = temp.resolve("params.thrift");
    StringBuilder params = new StringBuilder();
    for (int i = 1; i <= 128; i++) {
      params.append(i == 1 ? "" : ", ").append(i).append(": double a").append(i);
    }
    Files.writeString(idl, "service S {\n  void f(" + params + ")\n}\n");
    CliRun run = CliRun.of("gen", "--java", temp.resolve("out").toString(), idl.toString());
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(run.err().startsWith(idl + ":2:8: error: 'f' has parameters needing 256 slots; a Java method holds 254"),
        run.err());
    assertTrue(Files.notExists(temp.resolve("out")));
  }

  @Test
  void aMethodWithMoreExceptionsThanItsResultHolderTakesIsAnErrorAtTheMethod() throws Exception {
    Path idl = temp.resolve("throws.thrift");
    StringBuilder text = new StringBuilder();
    StringBuilder throwsList = new StringBuilder();
    for (int i = 1; i <= 255; i++) {
      text.append("exception E").append(i).append(" {}\n");
      throwsList.append(i == 1 ? "" : ", ").append(i).append(": E").append(i).append(" e").append(i);
    }
    Files.writeString(idl, text + "service S {\n  void f() throws (" + throwsList + ")\n}\n");
    CliRun run = CliRun.of("gen", "--java", temp.resolve("out").toString(), idl.toString());
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(run.err().contains("throws.thrift:257:8: error: 'f' declares 255 exceptions"), run.err());
  }
}
