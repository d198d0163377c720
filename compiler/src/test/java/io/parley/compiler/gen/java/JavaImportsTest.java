package io.parley.compiler.gen.java;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JavaImportsTest {
  private static final String HEADER = "package p;\n\n";
  private static final String IMPORTS = "import a.Foo;\nimport b.Bar;\n\n";

  private static String prune(String body) {
    return JavaImports.pruneImports(HEADER + IMPORTS + body);
  }

  @Test
  void classesNamedLikeAFieldStayQualified() {
    JavaImports imports = new JavaImports("p", java.util.Set.of());
    assertEquals("List", imports.use("java.util.List"));
    imports.reserve(java.util.List.of("Objects", "List"));
    assertEquals("java.util.Objects", imports.use("java.util.Objects"));
    assertEquals("java.util.List", imports.use("java.util.List"));
    assertEquals("Map", imports.use("java.util.Map"));
  }

  @Test
  void classesOfThisPackageAndJavaLangNamedLikeAFieldStayQualified() {
    JavaImports imports = new JavaImports("user.api", java.util.Set.of("Account"));
    assertEquals("Account", imports.use("user.api.Account"));
    imports.reserve(java.util.List.of("Account", "Math"));
    assertEquals("user.api.Account", imports.use("user.api.Account"));
    assertEquals("java.lang.Math", imports.use("java.lang.Math"));
    assertEquals("Double", imports.use("java.lang.Double"));
    // A member named like the package's first part would hide the qualified name: keep it simple.
    imports.reserve(java.util.List.of("user"));
    assertEquals("Account", imports.use("user.api.Account"));
  }

  @Test
  void dropsImportsNamedOnlyQualified() {
    String body = "class X { a.Foo f = b.Bar.of(); }\n";
    assertEquals(HEADER + body, prune(body));
    String both = "class X { a.Foo f; Foo g; }\n";
    assertEquals(HEADER + "import a.Foo;\n\n" + both, prune(both));
  }

  @Test
  void keepsImportsNamedAsWholeIdentifiers() {
    String body = "class X { Foo f; java.util.List<Bar> b; }\n";
    assertEquals(HEADER + IMPORTS + body, prune(body));
  }

  @Test
  void dropsImportsNamedOnlyInsideLongerIdentifiers() {
    String body = "class X { FooBar a; MyFoo b; Bar$ c; x.Foo2 d; }\n";
    assertEquals(HEADER + body, prune(body));
  }

  @Test
  void keepsTheImportsThatAreUsedAndTheBlankLineAfterThem() {
    String body = "class X { Bar b = Bar.of(BarFoo.x); }\n";
    assertEquals(HEADER + "import b.Bar;\n\n" + body, prune(body));
  }

  @Test
  void aNameAfterDigitsStartsItsOwnIdentifier() {
    // As a tokenizer sees it: "1" is skipped, "Foo" begins an identifier; "a1Foo" is one identifier.
    assertEquals(HEADER + "import a.Foo;\n\n" + "x 1Foo\n", prune("x 1Foo\n"));
    assertEquals(HEADER + "x a1Foo\n", prune("x a1Foo\n"));
  }

  @Test
  void theImportLinesThemselvesDoNotCount() {
    assertEquals(HEADER + "class X {}\n", prune("class X {}\n"));
  }

  @Test
  void aFileWithoutImportsIsUnchanged() {
    String source = HEADER + "class X { Foo f; }\n";
    assertEquals(source, JavaImports.pruneImports(source));
  }

  @Test
  void aNameAtTheVeryEndCounts() {
    assertEquals(HEADER + "import b.Bar;\n\n" + "Bar", prune("Bar"));
  }

  @Test
  void textOutsideLatin1DoesNotHideOrInventANameAfterIt() {
    String body = "class X { String s = \"\uD83D\uDE00 \u2192 Zo\u00EB\"; Foo f; a.Bar b; }\n";
    assertEquals(HEADER + "import a.Foo;\n\n" + body, prune(body));
  }

  @Test
  void namesOutsideLatin1AreFoundAsWholeIdentifiers() {
    String imports = "import a.\u03A9mega;\nimport b.Bar;\n\n";
    String used = "class X { \u03A9mega o; x.Bar b; }\n";
    assertEquals(HEADER + "import a.\u03A9mega;\n\n" + used, JavaImports.pruneImports(HEADER + imports + used));
    String inside = "class X { a\u03A9mega o; Bar b; }\n";
    assertEquals(HEADER + "import b.Bar;\n\n" + inside, JavaImports.pruneImports(HEADER + imports + inside));
  }

  @Test
  void everyNameIsFoundWhereverItFirstOccurs() {
    StringBuilder imports = new StringBuilder();
    StringBuilder body = new StringBuilder("class X {\n");
    for (int i = 0; i < 70; i++) {
      imports.append("import p").append(i).append(".C").append(i).append(";\n");
      body.append(i % 2 == 0 ? "  C" + i + " f" + i + ";\n" : "  q.C" + i + " f" + i + ";\n");
    }
    String source = HEADER + imports + "\n" + body + "}\n";
    String pruned = JavaImports.pruneImports(source);
    for (int i = 0; i < 70; i++) {
      assertEquals(i % 2 == 0, pruned.contains("import p" + i + ".C" + i + ";"), "C" + i);
    }
  }
}
