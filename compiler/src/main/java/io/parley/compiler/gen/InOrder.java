package io.parley.compiler.gen;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Does independent work for each item of a list on several threads, and hands the results back on
 * the calling thread one at a time in the order of the list, so that whatever consumes them (adding
 * files, reporting problems, writing early) sees exactly what a loop would have shown it. The
 * calling thread works too: while the next result is not ready it takes on the next unstarted item.
 *
 * <p>A failure is thrown when its item's turn comes, after every earlier item was handed back, as
 * in a loop; later items are then dropped. Helper threads have ended when {@link #forEach} returns.
 */
public final class InOrder {
  private InOrder() {}

  /**
   * Calls {@code then.accept(item, work.apply(item))} for each item in order, running {@code work} on
   * up to {@code threads} threads (this one included); {@code then} always runs on this thread.
   * {@code work} must be safe to call concurrently for different items.
   */
  public static <I, R> void forEach(List<I> items, Function<? super I, ? extends R> work, int threads,
      BiConsumer<? super I, ? super R> then) {
    if (threads <= 1 || items.size() <= 1) {
      for (I item : items) {
        then.accept(item, work.apply(item));
      }
      return;
    }
    List<FutureTask<R>> tasks = new ArrayList<>(items.size());
    for (I item : items) {
      tasks.add(new FutureTask<>(() -> work.apply(item)));
    }
    AtomicInteger next = new AtomicInteger();
    Runnable worker = () -> {
      for (int i = next.getAndIncrement(); i < tasks.size(); i = next.getAndIncrement()) {
        tasks.get(i).run();
      }
    };
    List<Thread> helpers = new ArrayList<>();
    try {
      for (int t = 1; t < Math.min(threads, items.size()); t++) {
        Thread helper = new Thread(worker, "parley-gen-" + t);
        helper.setDaemon(true);
        helpers.add(helper);
        helper.start();
      }
      for (int i = 0; i < tasks.size(); i++) {
        FutureTask<R> task = tasks.get(i);
        while (!task.isDone()) {
          int j = next.getAndIncrement();
          if (j >= tasks.size()) {
            break; // every item is taken: wait for this one
          }
          tasks.get(j).run();
        }
        then.accept(items.get(i), result(task));
      }
    } finally {
      next.set(tasks.size()); // after a failure: helpers start nothing new
      helpers.forEach(InOrder::joinUninterruptibly);
    }
  }

  private static <R> R result(FutureTask<R> task) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException r) {
            throw r;
          }
          if (cause instanceof Error error) {
            throw error;
          }
          throw new IllegalStateException(cause);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Waits for {@code thread} to end, keeping (not losing) an interrupt that arrives meanwhile. */
  static void joinUninterruptibly(Thread thread) {
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
