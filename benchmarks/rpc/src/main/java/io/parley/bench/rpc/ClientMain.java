package io.parley.bench.rpc;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.HdrHistogram.Histogram;

/**
 * One benchmark client in its own JVM, run against one server:
 * {@code ClientMain <kind> <host> <port> <warm-up s> <measured s>}, then commands on standard input,
 * one a line, so that a driver can interleave the cells of several servers:
 *
 * <ul>
 *   <li>{@code warm method,... [seconds]}: runs each method on 4 connections for that long (the
 *       warm-up time if not given), unmeasured (the JIT compiles both sides' paths before the first
 *       cell), then prints {@code WARMED};
 *   <li>{@code cell method:connections}: opens that many connections, each driven by its own thread
 *       in a closed loop (the next call starts when the reply to the last is decoded), warms up,
 *       measures for the fixed time, and prints
 *       {@code RESULT method connections calls seconds p50-ns p99-ns p99.9-ns} (tab-separated), or
 *       {@code FAILED method connections error}; before that, {@code MEASURING} and {@code STOPPED}
 *       as the measured time begins and ends.
 * </ul>
 */
public final class ClientMain {
  private ClientMain() {}

  private static final int WARMUP = 0;
  private static final int MEASURE = 1;
  private static final int STOP = 2;
  private static volatile int phase;

  public static void main(String[] args) throws Exception {
    String kind = args[0];
    String host = args[1];
    int port = Integer.parseInt(args[2]);
    double warmup = Double.parseDouble(args[3]);
    double duration = Double.parseDouble(args[4]);
    BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line; (line = commands.readLine()) != null; ) {
      String[] command = line.trim().split(" ");
      if (command[0].equals("warm")) {
        double seconds = command.length > 2 ? Double.parseDouble(command[2]) : warmup;
        for (String method : command[1].split(",")) {
          run(kind, host, port, method, 4, seconds, 0, false);
        }
        System.out.println("WARMED");
        System.out.flush();
      } else if (command[0].equals("cell")) {
        String[] cell = command[1].split(":");
        run(kind, host, port, cell[0], Integer.parseInt(cell[1]), warmup, duration, true);
      }
    }
    System.exit(0); // grpc's and libthrift's non-daemon threads
  }

  private static void run(String kind, String host, int port, String method, int connections, double warmup,
      double duration, boolean report) throws Exception {
    List<Callers.Caller> callers = new ArrayList<>();
    for (int i = 0; i < connections; i++) {
      callers.add(Callers.open(kind, host, port, method));
    }
    phase = WARMUP;
    Histogram[] histograms = new Histogram[connections];
    long[] counts = new long[connections];
    Throwable[] failures = new Throwable[connections];
    CountDownLatch done = new CountDownLatch(connections);
    for (int i = 0; i < connections; i++) {
      int n = i;
      histograms[n] = new Histogram(3_600_000_000_000L, 3);
      Thread t = new Thread(() -> {
        try {
          loop(callers.get(n), histograms[n], counts, n);
        } catch (Throwable e) {
          failures[n] = e;
        } finally {
          done.countDown();
        }
      }, "client-" + n);
      t.setDaemon(true);
      t.start();
    }
    Thread.sleep((long) (warmup * 1000));
    long start = System.nanoTime();
    phase = MEASURE;
    if (report) {
      mark("MEASURING");
    }
    Thread.sleep((long) (duration * 1000));
    phase = STOP;
    long elapsed = System.nanoTime() - start;
    if (report) {
      mark("STOPPED");
    }
    done.await();
    for (Callers.Caller c : callers) {
      c.close();
    }
    for (Throwable failure : failures) {
      if (failure != null) {
        System.out.println("FAILED\t" + method + "\t" + connections + "\t" + failure);
        System.out.flush();
        failure.printStackTrace();
        return;
      }
    }
    if (!report) {
      return;
    }
    Histogram all = new Histogram(3_600_000_000_000L, 3);
    long calls = 0;
    for (int i = 0; i < connections; i++) {
      all.add(histograms[i]);
      calls += counts[i];
    }
    System.out.printf("RESULT\t%s\t%d\t%d\t%.6f\t%d\t%d\t%d%n", method, connections, calls, elapsed / 1e9,
        all.getValueAtPercentile(50), all.getValueAtPercentile(99), all.getValueAtPercentile(99.9));
    System.out.flush();
  }

  /** Tells the driver where the measured time starts or ends (it reads both processes' CPU time then). */
  private static void mark(String line) {
    System.out.println(line);
    System.out.flush();
  }

  /** Calls until told to stop, timing (and counting) only the calls that start while measuring. */
  private static void loop(Callers.Caller caller, Histogram histogram, long[] counts, int n) throws Exception {
    long count = 0;
    while (true) {
      int p = phase;
      if (p == STOP) {
        break;
      }
      long t0 = System.nanoTime();
      caller.call();
      if (p == MEASURE) {
        histogram.recordValue(System.nanoTime() - t0);
        count++;
      }
    }
    counts[n] = count;
  }
}
