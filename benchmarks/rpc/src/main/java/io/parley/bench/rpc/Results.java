package io.parley.bench.rpc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The cells of one RPC benchmark run, as Markdown tables (with ratios) and as CSV. A cell measured
 * in several rounds is reported by its median round (by calls/s), so that a burst of background
 * load in one round moves no ratio; the spread column says how far its rounds lay apart.
 */
final class Results {
  /** One measured cell; latencies in microseconds; spread is (max − min) / median of its rounds' calls/s. */
  record Cell(String method, int connections, String server, double callsPerSecond, double p50, double p99,
      double p999, double spread) {}

  private final List<Cell> rounds = new ArrayList<>();
  private List<Cell> cells = List.of();

  void add(Cell cell) {
    rounds.add(cell);
    cells = medians(rounds);
  }

  /** One cell per (method, connections, server), in first-measured order: the median round. */
  private static List<Cell> medians(List<Cell> rounds) {
    Map<String, List<Cell>> byKey = new LinkedHashMap<>();
    for (Cell c : rounds) {
      byKey.computeIfAbsent(c.method + "\t" + c.connections + "\t" + c.server, k -> new ArrayList<>()).add(c);
    }
    List<Cell> out = new ArrayList<>();
    for (List<Cell> same : byKey.values()) {
      List<Cell> sorted = new ArrayList<>(same);
      sorted.sort(Comparator.comparingDouble(Cell::callsPerSecond));
      Cell median = sorted.get((sorted.size() - 1) / 2);
      double spread = (sorted.get(sorted.size() - 1).callsPerSecond - sorted.get(0).callsPerSecond)
          / median.callsPerSecond;
      out.add(new Cell(median.method, median.connections, median.server, median.callsPerSecond, median.p50,
          median.p99, median.p999, spread));
    }
    return out;
  }

  /** The p50 latency of the echo server's cell, or NaN. */
  private double echoP50(String method, int connections) {
    for (Cell c : cells) {
      if (c.method.equals(method) && c.connections == connections && c.server.equals("echo")) {
        return c.p50;
      }
    }
    return Double.NaN;
  }

  /** Calls per second of the best server whose name starts with {@code prefix}, or NaN. */
  private double best(String method, int connections, String prefix) {
    double best = Double.NaN;
    for (Cell c : cells) {
      if (c.method.equals(method) && c.connections == connections && c.server.startsWith(prefix)
          && !(c.callsPerSecond <= best)) {
        best = c.callsPerSecond;
      }
    }
    return best;
  }

  String markdown(String duration, int roundCount) {
    StringBuilder md = new StringBuilder();
    String per = roundCount > 1 ? duration + " s per cell and round, median of " + roundCount + " rounds" : duration + " s per cell";
    Set<String> methods = new LinkedHashSet<>();
    cells.forEach(c -> methods.add(c.method));
    for (String method : methods) {
      md.append("\n### ").append(method).append(" (").append(per).append(")\n\n");
      md.append("| conns | server | calls/s | spread | p50 µs | p99 µs | p99.9 µs | × echo | × best libthrift | × best grpc | p50 ÷ echo p50 |\n");
      md.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
      Set<Integer> conns = new LinkedHashSet<>();
      cells.stream().filter(c -> c.method.equals(method)).forEach(c -> conns.add(c.connections));
      for (int n : conns) {
        double echo = best(method, n, "echo");
        // Ratios of calls/s: above 1 is faster. The last column divides latencies: below 1 is faster.
        double thrift = best(method, n, "thrift");
        double grpc = best(method, n, "grpc");
        for (Cell c : cells) {
          if (c.method.equals(method) && c.connections == n) {
            md.append(String.format(Locale.ROOT, "| %d | %s | %,.0f | %.0f %% | %.1f | %.1f | %.1f | %s | %s | %s | %s |%n", n,
                c.server, c.callsPerSecond, 100 * c.spread, c.p50, c.p99, c.p999, ratio(c.callsPerSecond, echo),
                ratio(c.callsPerSecond, thrift), ratio(c.callsPerSecond, grpc), ratio(c.p50, echoP50(method, n))));
          }
        }
      }
    }
    return md.toString();
  }

  private static String ratio(double a, double b) {
    return Double.isNaN(b) || b == 0 ? "–" : String.format(Locale.ROOT, "%.2f", a / b);
  }

  String csv() {
    StringBuilder csv = new StringBuilder("chart,group,series,value,unit\n");
    for (Cell c : cells) {
      String group = c.method + " " + c.connections + " conn";
      row(csv, "rpc-throughput", group, c.server, c.callsPerSecond, "calls/s");
      row(csv, "rpc-latency-p50", group, c.server, c.p50, "us");
      row(csv, "rpc-latency-p99", group, c.server, c.p99, "us");
      row(csv, "rpc-latency-p999", group, c.server, c.p999, "us");
    }
    return csv.toString();
  }

  private static void row(StringBuilder csv, String chart, String group, String series, double value, String unit) {
    csv.append(chart).append(',').append(group).append(',').append(series).append(',')
        .append(String.format(Locale.ROOT, "%.1f", value)).append(',').append(unit).append('\n');
  }
}
