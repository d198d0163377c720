package io.parley.compiler.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * A position in an IDL file: the path as the user spelled it, with a 1-based line and column.
 *
 * <p>Prints as {@code path:line:col}, the form editors and terminals turn into links.
 */
public record Location(String path, int line, int column) implements Comparable<Location> {

  private static final Comparator<Location> ORDER =
      Comparator.comparing(Location::path)
          .thenComparingInt(Location::line)
          .thenComparingInt(Location::column);

  public Location {
    Objects.requireNonNull(path, "path == null");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must not be negative: " + line + ":" + column);
    }
  }

  /** A location naming a whole file, before its first line. */
  public static Location ofFile(String path) {
    return new Location(path, 0, 0);
  }

  /** Whether this location points into the file's text rather than at the file as a whole. */
  public boolean hasPosition() {
    return line > 0;
  }

  @Override
  public int compareTo(Location other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return hasPosition() ? path + ":" + line + ":" + column : path;
  }
}
