package io.parley.compiler.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.compiler.ast.BaseKind;
import io.parley.compiler.ast.StructKind;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Depth and size of expanded types, including hostile stacks of typedefs, on a small stack. */
class TypeExtentTest {
  private static final ThriftType I32 = ThriftType.Base.of(BaseKind.I32);

  private static ThriftType list(ThriftType element) {
    return new ThriftType.ListOf(element, List.of());
  }

  private static ThriftType map(ThriftType key, ThriftType value) {
    return new ThriftType.MapOf(key, value, List.of());
  }

  private static ThriftType.TypedefRef typedef(String name, ThriftType target) {
    return new ThriftType.TypedefRef(new Symbol("t", name), target);
  }

  /** Runs {@code test} on a 256 KiB stack, where recursion per typedef would overflow. */
  private static void onSmallStack(Runnable test) throws InterruptedException {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread = new Thread(null, () -> {
      try {
        test.run();
      } catch (Throwable t) {
        failure.set(t);
      }
    }, "small-stack", 256 * 1024);
    thread.start();
    thread.join();
    if (failure.get() != null) {
      throw new AssertionError(failure.get());
    }
  }

  @Test
  void writtenTypes() {
    TypeExtent extent = new TypeExtent();
    assertEquals(new TypeExtent.Extent(0, 1), extent.of(I32));
    assertEquals(new TypeExtent.Extent(0, 1), extent.of(new ThriftType.StructRef(new Symbol("t", "S"), StructKind.STRUCT)));
    assertEquals(new TypeExtent.Extent(2, 4), extent.of(map(ThriftType.Base.of(BaseKind.STRING), list(I32))));
    assertEquals(new TypeExtent.Extent(1, 2), extent.of(typedef("A", typedef("B", list(I32)))), "aliases add nothing");
  }

  @Test
  void aLongChainOfWrappingTypedefsIsMeasuredWithoutDeepRecursion() throws Exception {
    ThriftType.TypedefRef last = typedef("L0", list(I32));
    for (int i = 1; i < 50_000; i++) {
      last = typedef("L" + i, i % 2 == 0 ? list(last) : last); // every other one a plain alias
    }
    ThriftType.TypedefRef top = last;
    onSmallStack(() -> assertEquals(new TypeExtent.Extent(25_001, 25_002), new TypeExtent().of(list(top))));
  }

  @Test
  void aDoublingLadderSaturatesInsteadOfOverflowingOrTakingForever() throws Exception {
    ThriftType.TypedefRef step = typedef("T0", map(I32, I32));
    ThriftType.TypedefRef t9 = null;
    for (int i = 1; i <= 80; i++) {
      step = typedef("T" + i, map(step, step));
      if (i == 9) {
        t9 = step;
      }
    }
    ThriftType.TypedefRef top = step;
    ThriftType.TypedefRef middle = t9;
    onSmallStack(() -> {
      TypeExtent extent = new TypeExtent();
      assertEquals(new TypeExtent.Extent(81, Long.MAX_VALUE), extent.of(top));
      assertEquals(new TypeExtent.Extent(10, (1L << 11) - 1), extent.of(middle), "T0 is 3 types, each step 1 + twice");
    });
  }
}
