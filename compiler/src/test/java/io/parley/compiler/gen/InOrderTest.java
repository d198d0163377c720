package io.parley.compiler.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InOrderTest {
  private static final List<Integer> ITEMS = IntStream.range(0, 2000).boxed().toList();

  /** Uneven work, so that items finish out of order. */
  private static String work(int i) {
    if (i % 7 == 0) {
      try {
        Thread.sleep(0, 200_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return "item " + i;
  }

  @Test
  void resultsComeBackInOrderOnTheCallingThread() {
    for (int threads : new int[] {1, 2, 4, 16}) {
      Thread caller = Thread.currentThread();
      Set<Thread> workers = ConcurrentHashMap.newKeySet();
      List<String> seen = new ArrayList<>();
      InOrder.forEach(ITEMS, i -> {
        workers.add(Thread.currentThread());
        return work(i);
      }, threads, (i, result) -> {
        assertSame(caller, Thread.currentThread());
        assertEquals(work(i), result);
        seen.add(result);
      });
      assertEquals(ITEMS.stream().map(i -> "item " + i).toList(), seen);
      assertTrue(workers.size() <= threads, workers.toString());
      workers.forEach(t -> assertTrue(t == caller || !t.isAlive(), t + " still runs"));
    }
  }

  @Test
  void theFirstFailureInOrderIsThrownAfterEverythingBeforeIt() {
    List<Integer> seen = new ArrayList<>();
    Set<Thread> workers = ConcurrentHashMap.newKeySet();
    IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> InOrder.forEach(ITEMS, i -> {
      workers.add(Thread.currentThread());
      if (i == 1500 || i == 1700) {
        throw new IllegalStateException("failed at " + i);
      }
      return work(i);
    }, 4, (i, result) -> seen.add(i)));
    assertEquals("failed at 1500", thrown.getMessage());
    assertEquals(ITEMS.subList(0, 1500), seen);
    workers.forEach(t -> assertTrue(t == Thread.currentThread() || !t.isAlive(), t + " still runs"));
  }

  @Test
  void aFailureOfTheConsumerStopsTheWork() {
    assertThrows(IllegalArgumentException.class, () -> InOrder.forEach(ITEMS, InOrderTest::work, 4, (i, result) -> {
      if (i == 10) {
        throw new IllegalArgumentException();
      }
    }));
  }
}
