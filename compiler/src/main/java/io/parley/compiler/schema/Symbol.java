package io.parley.compiler.schema;

import java.util.Objects;

/**
 * The identity of a definition: the file that defines it and its name there.
 *
 * @param file the {@link ThriftFile#id()} of the defining file
 */
public record Symbol(String file, String name) {
  public Symbol {
    Objects.requireNonNull(file, "file == null");
    Objects.requireNonNull(name, "name == null");
  }

  @Override
  public String toString() {
    return name;
  }
}
