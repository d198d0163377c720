package io.parley.maven;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PathPatternTest {
  @Test
  void doubleStarSlashMatchesAnyDepthIncludingNone() {
    PathPattern p = PathPattern.compile("**/*.thrift");
    assertTrue(p.matches("a.thrift"));
    assertTrue(p.matches("x/y/a.thrift"));
    assertFalse(p.matches("a.thrift.bak"));
    assertFalse(p.matches("a.java"));
  }

  @Test
  void singleStarStaysInOneDirectory() {
    PathPattern p = PathPattern.compile("*.thrift");
    assertTrue(p.matches("a.thrift"));
    assertFalse(p.matches("x/a.thrift"));
  }

  @Test
  void trailingSlashMeansEverythingBelow() {
    PathPattern p = PathPattern.compile("drafts/");
    assertTrue(p.matches("drafts/a.thrift"));
    assertTrue(p.matches("drafts/x/a.thrift"));
    assertFalse(p.matches("other/a.thrift"));
  }

  @Test
  void questionMarkAndLiteralCharacters() {
    PathPattern p = PathPattern.compile("v?/a+b.thrift");
    assertTrue(p.matches("v1/a+b.thrift"));
    assertFalse(p.matches("v10/a+b.thrift"));
    assertFalse(p.matches("v1/aab.thrift"));
  }

  @Test
  void backslashesCountAsSlashes() {
    assertTrue(PathPattern.compile("drafts\\**").matches("drafts/x/a.thrift"));
  }
}
