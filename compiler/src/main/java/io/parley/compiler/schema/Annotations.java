package io.parley.compiler.schema;

import io.parley.compiler.ast.Annotation;
import java.util.List;
import java.util.Optional;

/** Looks up annotations by key; where a key repeats, the last one wins, as in Thrift. */
public final class Annotations {
  private Annotations() {}

  /** The value of the last annotation named {@code key} in {@code annotations}. */
  public static Optional<String> lookup(List<Annotation> annotations, String key) {
    for (int i = annotations.size() - 1; i >= 0; i--) {
      if (annotations.get(i).name().equals(key)) {
        return Optional.of(annotations.get(i).value());
      }
    }
    return Optional.empty();
  }
}
