package io.parley.compiler.diag;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the diagnostics of a compilation so that every problem of a phase is reported at once.
 *
 * <p>Not thread-safe: one compilation, one collector. Identical diagnostics are kept once.
 */
public final class Diagnostics {
  private final Set<Diagnostic> all = new LinkedHashSet<>();

  /** Records an error at {@code location}. */
  public void error(Location location, String message) {
    add(Diagnostic.error(location, message));
  }

  /** Records a warning at {@code location}. */
  public void warning(Location location, String message) {
    add(Diagnostic.warning(location, message));
  }

  /** Records an already built diagnostic (one with notes, say). */
  public void add(Diagnostic diagnostic) {
    all.add(diagnostic);
  }

  /** Whether any error has been recorded so far. */
  public boolean hasErrors() {
    return all.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  /** Every diagnostic, sorted by file, line and column. */
  public List<Diagnostic> sorted() {
    List<Diagnostic> list = new ArrayList<>(all);
    list.sort(null);
    return List.copyOf(list);
  }
}
