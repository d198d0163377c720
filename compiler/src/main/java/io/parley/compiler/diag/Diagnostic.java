package io.parley.compiler.diag;

import java.util.List;
import java.util.Objects;

/**
 * One problem found in the IDL: where, how serious, what, and notes pointing at related places
 * (for a duplicate, the first declaration).
 */
public record Diagnostic(Severity severity, Location location, String message, List<Diagnostic> notes)
    implements Comparable<Diagnostic> {

  public Diagnostic {
    Objects.requireNonNull(severity, "severity == null");
    Objects.requireNonNull(location, "location == null");
    Objects.requireNonNull(message, "message == null");
    notes = List.copyOf(notes);
  }

  /** An error at {@code location}. */
  public static Diagnostic error(Location location, String message) {
    return new Diagnostic(Severity.ERROR, location, message, List.of());
  }

  /** A warning at {@code location}. */
  public static Diagnostic warning(Location location, String message) {
    return new Diagnostic(Severity.WARNING, location, message, List.of());
  }

  /** A copy of this diagnostic with a note at {@code where} appended. */
  public Diagnostic withNote(Location where, String note) {
    List<Diagnostic> more = new java.util.ArrayList<>(notes);
    more.add(new Diagnostic(Severity.NOTE, where, note, List.of()));
    return new Diagnostic(severity, location, message, more);
  }

  /** The same diagnostic at another severity, used when {@code --strict} promotes warnings. */
  public Diagnostic withSeverity(Severity newSeverity) {
    return new Diagnostic(newSeverity, location, message, notes);
  }

  /** Orders by location, then errors before warnings, then by message, so output is stable. */
  @Override
  public int compareTo(Diagnostic other) {
    int c = location.compareTo(other.location);
    if (c != 0) {
      return c;
    }
    c = severity.compareTo(other.severity);
    return c != 0 ? c : message.compareTo(other.message);
  }

  /** {@code path:line:col: severity: message}, without excerpt or notes. */
  @Override
  public String toString() {
    return location + ": " + severity.label() + ": " + message;
  }
}
