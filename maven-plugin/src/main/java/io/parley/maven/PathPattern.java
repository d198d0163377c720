package io.parley.maven;

import java.util.regex.Pattern;

/**
 * An Ant-style path pattern as Maven writes them in {@code <includes>}: {@code *} matches within
 * one directory, {@code **} across directories, {@code ?} one character; {@code **}{@code /} may
 * also match no directory at all, so {@code **}{@code /*.thrift} matches {@code a.thrift}.
 */
final class PathPattern {
  private final String pattern;
  private final Pattern regex;

  private PathPattern(String pattern, Pattern regex) {
    this.pattern = pattern;
    this.regex = regex;
  }

  /** Compiles {@code pattern}; {@code \} counts as {@code /} and a trailing {@code /} as {@code /**}. */
  static PathPattern compile(String pattern) {
    String p = pattern.trim().replace('\\', '/');
    if (p.endsWith("/")) {
      p += "**";
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < p.length()) {
      char c = p.charAt(i);
      if (p.startsWith("**/", i)) {
        out.append("(?:.*/)?");
        i += 3;
      } else if (p.startsWith("**", i)) {
        out.append(".*");
        i += 2;
      } else if (c == '*') {
        out.append("[^/]*");
        i++;
      } else if (c == '?') {
        out.append("[^/]");
        i++;
      } else {
        out.append(Pattern.quote(String.valueOf(c)));
        i++;
      }
    }
    return new PathPattern(pattern, Pattern.compile(out.toString()));
  }

  /** Whether {@code relativePath} (separated by {@code /}) matches. */
  boolean matches(String relativePath) {
    return regex.matcher(relativePath).matches();
  }

  @Override
  public String toString() {
    return pattern;
  }
}
