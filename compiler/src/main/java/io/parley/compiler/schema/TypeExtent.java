package io.parley.compiler.schema;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How large a type is once its typedefs are expanded, as generated code spells it out: how deep
 * its containers nest ({@code i32} 0, {@code map<string, list<i32>>} 2; a struct counts 0, being a
 * type of its own) and how many types it is made of ({@code map<string, list<i32>>} 4).
 *
 * <p>Both can be far larger than the IDL: a chain of typedefs each wrapping the last in a list
 * nests as deep as it is long, and a ladder of maps keyed and valued by the typedef below doubles at
 * every step. Typedefs are therefore measured once each, in a work list rather than by recursion,
 * with sizes saturating instead of overflowing: the cost follows the schema, the stack stays
 * shallow. Recursion is left only within one written type, whose brackets the parser limits. Not
 * thread-safe.
 */
public final class TypeExtent {
  /** Depth and size of one type; a size past {@link Long#MAX_VALUE} stays there. */
  public record Extent(int depth, long size) {}

  private static final Extent SCALAR = new Extent(0, 1);

  private final Map<Symbol, Extent> typedefs = new HashMap<>();

  /** The extent of {@code type}. */
  public Extent of(ThriftType type) {
    if (type instanceof ThriftType.TypedefRef ref) {
      return typedef(ref);
    }
    if (type instanceof ThriftType.ListOf l) {
      return around(of(l.element()));
    }
    if (type instanceof ThriftType.SetOf s) {
      return around(of(s.element()));
    }
    if (type instanceof ThriftType.MapOf m) {
      Extent key = of(m.key());
      Extent value = of(m.value());
      return new Extent(1 + Math.max(key.depth(), value.depth()), plus(1, plus(key.size(), value.size())));
    }
    return SCALAR;
  }

  private static Extent around(Extent element) {
    return new Extent(1 + element.depth(), plus(1, element.size()));
  }

  private static long plus(long a, long b) {
    long sum = a + b;
    return sum < 0 ? Long.MAX_VALUE : sum;
  }

  /** Measures {@code start} after every typedef it names, depth first, on a stack of its own. */
  private Extent typedef(ThriftType.TypedefRef start) {
    Extent known = typedefs.get(start.symbol());
    if (known != null) {
      return known;
    }
    Deque<ThriftType.TypedefRef> work = new ArrayDeque<>();
    Set<Symbol> waiting = new HashSet<>();
    work.push(start);
    while (!work.isEmpty()) {
      ThriftType.TypedefRef ref = work.peek();
      if (typedefs.containsKey(ref.symbol())) {
        work.pop();
        continue;
      }
      List<ThriftType.TypedefRef> unmeasured = new ArrayList<>();
      collectUnmeasured(ref.target(), unmeasured);
      // A typedef met again while it waits would be a cycle, which linking already refused.
      unmeasured.removeIf(r -> waiting.contains(r.symbol()));
      if (unmeasured.isEmpty()) {
        typedefs.put(ref.symbol(), of(ref.target()));
        waiting.remove(ref.symbol());
        work.pop();
      } else {
        waiting.add(ref.symbol());
        unmeasured.forEach(work::push);
      }
    }
    return typedefs.getOrDefault(start.symbol(), SCALAR);
  }

  private void collectUnmeasured(ThriftType type, List<ThriftType.TypedefRef> out) {
    if (type instanceof ThriftType.TypedefRef ref) {
      if (!typedefs.containsKey(ref.symbol())) {
        out.add(ref);
      }
    } else if (type instanceof ThriftType.ListOf l) {
      collectUnmeasured(l.element(), out);
    } else if (type instanceof ThriftType.SetOf s) {
      collectUnmeasured(s.element(), out);
    } else if (type instanceof ThriftType.MapOf m) {
      collectUnmeasured(m.key(), out);
      collectUnmeasured(m.value(), out);
    }
  }
}
