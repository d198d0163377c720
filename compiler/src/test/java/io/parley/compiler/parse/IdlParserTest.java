package io.parley.compiler.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.parley.compiler.ast.ConstElement;
import io.parley.compiler.ast.ConstValueElement;
import io.parley.compiler.ast.FileElement;
import io.parley.compiler.ast.StructElement;
import io.parley.compiler.ast.TypeElement;
import io.parley.compiler.diag.Diagnostic;
import io.parley.compiler.diag.Diagnostics;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lexical and syntactic details of the IDL that whole-file fixtures do not pin down. */
class IdlParserTest {
  private final Diagnostics diagnostics = new Diagnostics();

  private FileElement parse(String text) {
    return new IdlParser().parse("t.thrift", text, diagnostics);
  }

  private long intConst(FileElement file, int index) {
    return ((ConstValueElement.IntLiteral) ((ConstElement) file.definitions().get(index)).value()).value();
  }

  @Test
  void integersInEveryNotationThriftAccepts() {
    FileElement file = parse("""
        const i64 A = 0x7FFFFFFFFFFFFFFF
        const i64 B = -0x10
        const i64 C = +42
        const i64 D = 0xFFFFFFFFFFFFFFFF
        const i64 E = -9223372036854775808
        """);
    assertEquals(List.of(), diagnostics.sorted());
    assertEquals(Long.MAX_VALUE, intConst(file, 0));
    assertEquals(-16, intConst(file, 1));
    assertEquals(42, intConst(file, 2));
    assertEquals(-1, intConst(file, 3), "hex spells a 64-bit pattern");
    assertEquals(Long.MIN_VALUE, intConst(file, 4));
  }

  @Test
  void doublesAndStringsWithEscapes() {
    FileElement file = parse("""
        const double A = .5
        const double B = -1.25e-3
        const double C = 1E10
        const string S = 'tab\\there "q" \\'s\\' back\\\\slash'
        """);
    assertEquals(List.of(), diagnostics.sorted());
    assertEquals(0.5, ((ConstValueElement.DoubleLiteral) ((ConstElement) file.definitions().get(0)).value()).value());
    assertEquals(-0.00125, ((ConstValueElement.DoubleLiteral) ((ConstElement) file.definitions().get(1)).value()).value());
    assertEquals(1e10, ((ConstValueElement.DoubleLiteral) ((ConstElement) file.definitions().get(2)).value()).value());
    assertEquals("tab\there \"q\" 's' back\\slash",
        ((ConstValueElement.StringLiteral) ((ConstElement) file.definitions().get(3)).value()).value());
  }

  @Test
  void windowsLineEndingsKeepLinesAndColumns() {
    parse("struct A {\r\n  1: i32 x\r\n  2: Broken $\r\n}\r\n");
    List<Diagnostic> errors = diagnostics.sorted();
    assertEquals(1, errors.size(), errors.toString());
    assertEquals("t.thrift:3:13", errors.get(0).location().toString());
  }

  @Test
  void docCommentsAttachToTheNextElementOnly() {
    FileElement file = parse("""
        /** The file. */
        namespace java x

        /** First. */
        /* not a doc comment */
        // nor this
        struct A {
          /** The id. */
          1: i32 id
          2: i32 undocumented
          /**
           * Several
           *   indented
           * lines.
           */
          3: i32 long
        }
        /**/
        struct B {}
        """);
    assertEquals(List.of(), diagnostics.sorted());
    assertEquals("The file.", file.doc().text());
    StructElement a = (StructElement) file.definitions().get(0);
    assertEquals("First.", a.doc().text());
    assertEquals("The id.", a.fields().get(0).doc().text());
    assertFalse(a.fields().get(1).doc().isPresent());
    assertEquals("Several\n  indented\nlines.", a.fields().get(2).doc().text());
    assertFalse(file.definitions().get(1).doc().isPresent(), "/**/ is an empty plain comment");
  }

  @Test
  void separatorsAndCommentStylesEverywhereThriftAllowsThem() {
    FileElement file = parse("""
        #!/usr/bin/env thrift
        enum E { A = 1; B, C }
        struct S { 1: i32 a; 2: i32 b, 3: list<i32> c = [1 2; 3,] # trailing
          4: map<i32,string> d = {1: "a" 2: "b";} }
        typedef i32 T;
        const i32 K = 1,
        service V { void a(); void b(1: i32 x, 2: i32 y) throws () , }
        """);
    assertEquals(List.of(), diagnostics.sorted());
    assertEquals(5, file.definitions().size());
  }

  @Test
  void keywordsMayNameFieldsAndAnnotationsHaveDefaults() {
    FileElement file = parse("""
        struct S {
          1: i32 list
          2: string service (deprecated)
          3: required i32 required
          4: binary & ref
        } (a = "1", b.c = 'x')
        """);
    assertEquals(List.of(), diagnostics.sorted());
    StructElement s = (StructElement) file.definitions().get(0);
    assertEquals(List.of("list", "service", "required", "ref"), s.fields().stream().map(f -> f.name()).toList());
    assertEquals("1", s.fields().get(1).annotations().get(0).value(), "an annotation without value is \"1\"");
    assertEquals("b.c", s.annotations().get(1).name());
    assertEquals("x", s.annotations().get(1).value());
  }

  @Test
  void containerTypesWithAnnotationsAndCppTypeInBothListPositions() {
    FileElement file = parse("""
        typedef list cpp_type "std::vector<int>" <i32> (python.immutable = "") A
        typedef list<i32> cpp_type "std::deque<int>" B
        typedef map<string, set<i64>> C
        """);
    assertEquals(2, diagnostics.sorted().size(), "two cpp_type deprecation warnings");
    TypeElement.ListOf a = assertInstanceOf(TypeElement.ListOf.class,
        ((io.parley.compiler.ast.TypedefElement) file.definitions().get(0)).type());
    assertEquals("python.immutable", a.annotations().get(0).name());
    assertInstanceOf(TypeElement.MapOf.class, ((io.parley.compiler.ast.TypedefElement) file.definitions().get(2)).type());
  }

  @Test
  void manySyntaxErrorsAreReportedInOneRun() {
    parse("""
        struct A { 1: i32 }
        struct B { 1 i32 x }
        struct C { 1: list<> x }
        """);
    assertEquals(List.of(
        "t.thrift:1:19: error: expected a name or '&' but found '}'",
        "t.thrift:2:14: error: expected ':' but found 'i32'",
        "t.thrift:3:20: error: expected a name but found '>'"),
        diagnostics.sorted().stream().map(Diagnostic::toString).toList(), "each error itself, no echoes");
  }

  @Test
  void aSyntaxErrorAfterWellFormedItemsIsReportedAlone() {
    // The items before the error were built on the fast path, which warned about 'async' and
    // 'byte'; those warnings go with the abandoned fast parse, as for any file with syntax errors.
    FileElement file = parse("""
        service S { async void ping() }
        typedef byte B
        struct C { 1: i32 x = }
        /** Documents nothing: the file ends. */
        """);
    assertEquals(List.of("t.thrift:3:23: error: expected a name, '{', '[', an integer, a number or a quoted string"
        + " but found '}'"),
        diagnostics.sorted().stream().map(Diagnostic::toString).toList());
    assertEquals(List.of(), file.definitions());
  }

  @Test
  void warningsOfTheFastPathAreKeptWhenTheFileIsWellFormed() {
    FileElement file = parse("""
        service S { async void ping() }
        typedef byte B
        typedef byte C
        /** Documents nothing: the file ends. */
        """);
    assertEquals(List.of(
        "t.thrift:1:13: warning: 'async' is deprecated; use 'oneway'",
        "t.thrift:2:9: warning: 'byte' is deprecated; use 'i8' (2 uses in this file)"),
        diagnostics.sorted().stream().map(Diagnostic::toString).toList());
    assertEquals(3, file.definitions().size());
  }

  /** The fast path (item by item, unbuffered) and the recovery path build the same elements. */
  @org.junit.jupiter.api.TestFactory
  java.util.stream.Stream<org.junit.jupiter.api.DynamicTest> bothPathsBuildTheSameFile() throws java.io.IOException {
    List<java.nio.file.Path> files = new java.util.ArrayList<>();
    for (String dir : List.of("src/test/resources/valid", "src/test/resources/realistic", "../idl-examples")) {
      try (java.util.stream.Stream<java.nio.file.Path> walk = java.nio.file.Files.walk(java.nio.file.Path.of(dir))) {
        walk.filter(p -> p.toString().endsWith(".thrift")).sorted().forEach(files::add);
      }
    }
    return files.stream().map(file -> org.junit.jupiter.api.DynamicTest.dynamicTest(file.toString(), () -> {
      String text = java.nio.file.Files.readString(file);
      Diagnostics fast = new Diagnostics();
      Diagnostics slow = new Diagnostics();
      FileElement viaItems = new IdlParser().parse(file.toString(), text, fast);
      FileElement viaDocument = IdlParser.parseWithRecovery(file.toString(), text, slow);
      assertEquals(viaDocument, viaItems);
      assertEquals(slow.sorted(), fast.sorted());
    }));
  }
}
