package io.parley.compiler.gen;

import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The generators available on the class path, by target name. */
public final class Generators {
  private final Map<String, Generator> byTarget = new TreeMap<>();

  private Generators(Iterable<Generator> generators) {
    generators.forEach(g -> byTarget.putIfAbsent(g.target(), g));
  }

  /** The generators that {@link ServiceLoader} finds for {@code loader}. */
  public static Generators load(ClassLoader loader) {
    return new Generators(ServiceLoader.load(Generator.class, loader));
  }

  /** The generator for {@code target}, if one is installed. */
  public Optional<Generator> forTarget(String target) {
    return Optional.ofNullable(byTarget.get(target));
  }

  /** The names of the installed targets, sorted. */
  public java.util.Set<String> targets() {
    return byTarget.keySet();
  }
}
