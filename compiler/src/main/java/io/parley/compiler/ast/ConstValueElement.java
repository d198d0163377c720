package io.parley.compiler.ast;

import io.parley.compiler.diag.Location;
import java.util.List;

/** A constant value as written: a literal, a reference by name, or a list or map of values. */
public sealed interface ConstValueElement {
  Location location();

  /** An integer literal, decimal or hexadecimal; {@code text} is the spelling for messages. */
  record IntLiteral(Location location, long value, String text) implements ConstValueElement {}

  /** A floating-point literal. */
  record DoubleLiteral(Location location, double value, String text) implements ConstValueElement {}

  /** A quoted string with escapes already applied. */
  record StringLiteral(Location location, String value) implements ConstValueElement {}

  /** {@code true} or {@code false}. */
  record BoolLiteral(Location location, boolean value) implements ConstValueElement {}

  /** A name: another constant, or an enum value such as {@code Color.RED}. */
  record Identifier(Location location, String name) implements ConstValueElement {}

  /** {@code [a, b, c]}. */
  record ListLiteral(Location location, List<ConstValueElement> values) implements ConstValueElement {
    public ListLiteral {
      values = List.copyOf(values);
    }
  }

  /** {@code {k: v, ...}}; also the form of struct literals. */
  record MapLiteral(Location location, List<Entry> entries) implements ConstValueElement {
    public MapLiteral {
      entries = List.copyOf(entries);
    }
  }

  /** One {@code key: value} pair of a map literal. */
  record Entry(ConstValueElement key, ConstValueElement value) {}
}
