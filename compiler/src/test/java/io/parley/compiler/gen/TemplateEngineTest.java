package io.parley.compiler.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Views reach templates as FreeMarker's default wrapper shows them, record fast path or not. */
class TemplateEngineTest {
  @TempDir
  Path temp;

  /** A view as generators make them. */
  public record View(String name, int id, boolean flag, List<String> lines, Item item) {
    public String shout() {
      return name.toUpperCase(java.util.Locale.ROOT);
    }
  }

  /** A nested view. */
  public record Item(String label) {}

  /** A view that is not public. */
  record Hidden(String secret) {}

  @Test
  void recordComponentsMethodsAndBuiltInsRenderAsWithTheDefaultWrapper() throws Exception {
    Files.writeString(temp.resolve("t.ftl"), String.join("", "${v.name} ${v.name()} ${v.id} ${v.flag?c}",
        " <#list v.lines as l>${l}<#sep>,</#list> ${v.lines?size} ${v.lines?has_content?c}",
        " ${v.item.label} ${v.shout} ${v.shout()} ${h.secret} ${v.item?has_content?c}",
        "<#if v.flag> yes</#if>\r\n"));
    View view = new View("user", 40000, true, List.of("a", "b"), new Item("x"));
    String out = new TemplateEngine(temp).render("t.ftl", Map.of("v", view, "h", new Hidden("s")));
    assertEquals("user user 40000 true a,b 2 true x USER USER s true yes\n", out);
  }

  /** Long strings printed whole (parts rendered before) come out in place, line ends included. */
  @Test
  void longPrintedStringsKeepTheirPlace() throws Exception {
    Files.writeString(temp.resolve("parts.ftl"), "head\r\n<#list parts as p>${p}</#list>tail\r\n");
    String big = "x".repeat(5000) + "\n";
    List<String> parts = List.of("small\n", big, "\u00e9\u20ac".repeat(10), "y".repeat(5000) + "\r", "\nafter\n", big);
    String out = new TemplateEngine(temp).render("parts.ftl", Map.of("parts", parts));
    assertEquals("head\nsmall\n" + big + "\u00e9\u20ac".repeat(10) + "y".repeat(5000) + "\nafter\n" + big + "tail\n", out);
  }

  /** A large file's parts stay the strings they were: the file is never copied whole. */
  @Test
  void piecesHoldLongPrintedStringsByReference() throws Exception {
    Files.writeString(temp.resolve("parts.ftl"), "head\r\n<#list parts as p>${p}</#list>tail\r\n");
    String big = "x".repeat(5000) + "\n";
    String end = "y".repeat(5000) + "\r";
    List<String> parts = List.of("small\n", big, end, "\nafter\n");
    TemplateEngine engine = new TemplateEngine(temp);
    List<String> pieces = engine.renderPieces("parts.ftl", Map.of("parts", parts));
    assertEquals(engine.render("parts.ftl", Map.of("parts", parts)), String.join("", pieces));
    assertEquals("head\nsmall\n" + big + "y".repeat(5000) + "\nafter\ntail\n", String.join("", pieces));
    org.junit.jupiter.api.Assertions.assertSame(big, pieces.get(1), "the part itself, not a copy");
  }

  @Test
  void indentedPrefixesEveryLineThatIsNotEmpty() throws Exception {
    Files.writeString(temp.resolve("body.ftl"), "a\n\n<#list v.lines as l>  ${l}\n</#list>${v.name}\n");
    Files.writeString(temp.resolve("outer.ftl"), "{\n<@indented by=\"  \"><#include \"body.ftl\"></@indented>\n}\n");
    View view = new View("end", 1, false, List.of("x", "", "y"), new Item("i"));
    String out = new TemplateEngine(temp).render("outer.ftl", Map.of("v", view));
    assertEquals("{\n  a\n\n    x\n    \n    y\n  end\n}\n", out);
  }

  /** {@code <@block>} prints a view's lines as {@code <@indented>} prints them joined, line breaks inside lines included. */
  @Test
  void blockPrintsLinesAsIndentedPrintsThemJoined() throws Exception {
    List<String> lines = List.of("if x:", "    y()", "", "z = 1\nw = 2", "tail\n", "end");
    Files.writeString(temp.resolve("block.ftl"), "{\n<@block of=v.lines by=\"  \"/>}\n");
    Files.writeString(temp.resolve("joined.ftl"), "{\n<@indented by=\"  \">${v.lines?join(\"\\n\")}\n</@indented>}\n");
    View view = new View("v", 1, false, lines, new Item("i"));
    TemplateEngine engine = new TemplateEngine(temp);
    String block = engine.render("block.ftl", Map.of("v", view));
    assertEquals("{\n  if x:\n      y()\n\n  z = 1\n  w = 2\n  tail\n\n  end\n}\n", block);
    assertEquals(engine.render("joined.ftl", Map.of("v", view)), block);
    View none = new View("v", 1, false, List.of(), new Item("i"));
    assertEquals("{\n}\n", engine.render("block.ftl", Map.of("v", none)));
  }

  /** A sequence the template built itself (not a view's list) prints too; anything but strings is refused. */
  @Test
  void blockTakesTemplateSequencesAndNamesItsParameters() throws Exception {
    Files.writeString(temp.resolve("literal.ftl"), "<@block of=[\"a\", \"b\"] by=\"-\"/>");
    assertEquals("-a\n-b\n", new TemplateEngine(temp).render("literal.ftl", Map.of()));
    Files.writeString(temp.resolve("numbers.ftl"), "<@block of=[1] by=\"-\"/>");
    IllegalStateException notStrings = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
        () -> new TemplateEngine(temp).render("numbers.ftl", Map.of()));
    org.junit.jupiter.api.Assertions.assertTrue(notStrings.getMessage().contains("item 0 is not a string"),
        notStrings.getMessage());
    Files.writeString(temp.resolve("bad.ftl"), "<@block of=[\"a\"]/>");
    IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
        () -> new TemplateEngine(temp).render("bad.ftl", Map.of()));
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("by=\""), e.getMessage());
  }

  /** A part keeps its line ends; the file printing it makes them all \n, as if rendered in one. */
  @Test
  void partsKeepLineEndsUntilTheirFileIsRendered() throws Exception {
    Files.writeString(temp.resolve("part.ftl"), "a\r\n${v.name}\r\n");
    Files.writeString(temp.resolve("file.ftl"), "head\r\n${part}tail\r\n");
    TemplateEngine engine = new TemplateEngine(temp);
    String part = engine.renderPart("part.ftl", Map.of("v", new View("x".repeat(5000), 1, false, List.of(), new Item("i"))));
    assertEquals("a\r\n" + "x".repeat(5000) + "\r\n", part);
    assertEquals("head\na\n" + "x".repeat(5000) + "\ntail\n", engine.render("file.ftl", Map.of("part", part)));
  }

  @Test
  void indentedNamesItsParameterWhenMisused() throws Exception {
    Files.writeString(temp.resolve("bad.ftl"), "<@indented>x</@indented>");
    IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
        () -> new TemplateEngine(temp).render("bad.ftl", Map.of()));
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("by=\""), e.getMessage());
  }

  @Test
  void dottedNamesReplaceWhatNoIdentifierMayHold() {
    UnaryOperator<String> same = s -> s;
    assertEquals("com.example.api", DottedNames.of("com.example.api", same));
    assertEquals("my_app.v2_0", DottedNames.of("my-app.v2#0", same));
    assertEquals("_.x", DottedNames.of("\uD83D\uDE00.x", same), "one code point, one underscore");
    assertEquals("a._b", DottedNames.of("a.b", s -> s.equals("b") ? "_b" : s));
    assertEquals("a.b", DottedNames.of("a.b.", same), "like String.split, trailing empty segments are dropped");
  }
}
