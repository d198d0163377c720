package io.parley.bench.rpc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * The cells of one RPC benchmark run, as Markdown tables (with ratios) and as CSV. A cell measured
 * in several rounds is reported by its median round (by calls/s), with the spread of its rounds.
 * Ratios are taken round by round, each server against the others of the same round, and the
 * median of those is reported: a burst of background load that slowed one server's round then
 * moves no ratio, where dividing medians taken from different rounds would.
 */
final class Results {
  /**
   * One measured cell of one round; latencies in microseconds. {@code clientCpu} and {@code serverCpu} are
   * the CPU time each process used per call while measured, null where it could not be read.
   */
  record Cell(int round, String method, int connections, String server, double callsPerSecond, double p50,
      double p99, double p999, CpuPerCall clientCpu, CpuPerCall serverCpu) {}

  /** CPU time one process used per call, in microseconds, in user and in kernel mode. */
  record CpuPerCall(double user, double sys) {
    static CpuPerCall of(CpuTimes used, long calls) {
      return used == null || calls <= 0 ? null
          : new CpuPerCall(used.userMicros() / calls, used.sysMicros() / calls);
    }

    double total() {
      return user + sys;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%.1f + %.1f", user, sys);
    }
  }

  /** One row of a table: the median round of a cell, the spread of its rounds and its ratios. */
  record Row(Cell median, double spread, double vsEcho, double vsThrift, double vsGrpc, double p50VsEcho) {}

  private final List<Cell> rounds = new ArrayList<>();

  void add(Cell cell) {
    rounds.add(cell);
  }

  /** One row per (method, connections, server), in first-measured order. */
  List<Row> rows() {
    Map<String, List<Cell>> byKey = new LinkedHashMap<>();
    for (Cell c : rounds) {
      byKey.computeIfAbsent(c.method + "\t" + c.connections + "\t" + c.server, k -> new ArrayList<>()).add(c);
    }
    List<Row> out = new ArrayList<>();
    for (List<Cell> same : byKey.values()) {
      List<Cell> sorted = new ArrayList<>(same);
      sorted.sort(Comparator.comparingDouble(Cell::callsPerSecond));
      Cell median = sorted.get((sorted.size() - 1) / 2);
      double spread = (sorted.get(sorted.size() - 1).callsPerSecond - sorted.get(0).callsPerSecond)
          / median.callsPerSecond;
      out.add(new Row(median, spread, ratio(same, "echo", Cell::callsPerSecond, false),
          ratio(same, "thrift", Cell::callsPerSecond, false), ratio(same, "grpc", Cell::callsPerSecond, false),
          ratio(same, "echo", Cell::p50, true)));
    }
    return out;
  }

  /**
   * The median over rounds of this cell's value divided by the best (by calls/s) of the same round's
   * servers whose names start with {@code prefix}; NaN when no round has such a server.
   */
  private double ratio(List<Cell> cellRounds, String prefix, ToDoubleFunction<Cell> value, boolean latency) {
    List<Double> ratios = new ArrayList<>();
    for (Cell mine : cellRounds) {
      Cell best = null;
      for (Cell other : rounds) {
        if (other.round == mine.round && other.method.equals(mine.method) && other.connections == mine.connections
            && other.server.startsWith(prefix) && (best == null || other.callsPerSecond > best.callsPerSecond)) {
          best = other;
        }
      }
      if (best != null) {
        ratios.add(value.applyAsDouble(mine) / value.applyAsDouble(best));
      }
    }
    if (ratios.isEmpty()) {
      return Double.NaN;
    }
    double[] r = ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    // An even count (a round lost to a failure) takes the lower middle for speed, the upper for latency.
    return r[latency ? r.length / 2 : (r.length - 1) / 2];
  }

  String markdown(String duration, int roundCount) {
    StringBuilder md = new StringBuilder();
    String per = roundCount > 1
        ? duration + " s per cell and round, median of " + roundCount + " rounds; ratios: median of the rounds' own"
        : duration + " s per cell";
    List<Row> rows = rows();
    Set<String> methods = new LinkedHashSet<>();
    rows.forEach(r -> methods.add(r.median.method));
    for (String method : methods) {
      md.append("\n### ").append(method).append(" (").append(per).append(")\n\n");
      md.append("| conns | server | calls/s | spread | p50 µs | p99 µs | p99.9 µs | × echo | × best libthrift | × best grpc"
          + " | p50 ÷ echo p50 | client CPU µs/call, user + sys | server CPU µs/call, user + sys |\n");
      md.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
      // Ratios of calls/s: above 1 is faster. The p50 ratio divides latencies: below 1 is faster.
      for (Row r : rows) {
        Cell c = r.median;
        if (c.method.equals(method)) {
          md.append(String.format(Locale.ROOT, "| %d | %s | %,.0f | %.0f %% | %.1f | %.1f | %.1f | %s | %s | %s | %s | %s | %s |%n",
              c.connections, c.server, c.callsPerSecond, 100 * r.spread, c.p50, c.p99, c.p999, fmt(r.vsEcho),
              fmt(r.vsThrift), fmt(r.vsGrpc), fmt(r.p50VsEcho), cpu(c.clientCpu), cpu(c.serverCpu)));
        }
      }
    }
    return md.toString();
  }

  static String cpu(CpuPerCall perCall) {
    return perCall == null ? "–" : perCall.toString();
  }

  private static String fmt(double ratio) {
    return Double.isNaN(ratio) ? "–" : String.format(Locale.ROOT, "%.2f", ratio);
  }

  String csv() {
    StringBuilder csv = new StringBuilder("chart,group,series,value,unit\n");
    for (Row r : rows()) {
      Cell c = r.median;
      String group = c.method + " " + c.connections + " conn";
      row(csv, "rpc-throughput", group, c.server, c.callsPerSecond, "calls/s");
      row(csv, "rpc-latency-p50", group, c.server, c.p50, "us");
      row(csv, "rpc-latency-p99", group, c.server, c.p99, "us");
      row(csv, "rpc-latency-p999", group, c.server, c.p999, "us");
      ratioRow(csv, "rpc-ratio-echo", group, c.server, r.vsEcho);
      ratioRow(csv, "rpc-ratio-libthrift", group, c.server, r.vsThrift);
      ratioRow(csv, "rpc-ratio-grpc", group, c.server, r.vsGrpc);
      ratioRow(csv, "rpc-ratio-p50-echo", group, c.server, r.p50VsEcho);
      if (c.clientCpu != null && c.serverCpu != null) {
        row(csv, "rpc-cpu-client", group, c.server, c.clientCpu.total(), "us");
        row(csv, "rpc-cpu-server", group, c.server, c.serverCpu.total(), "us");
      }
    }
    return csv.toString();
  }

  private static void ratioRow(StringBuilder csv, String chart, String group, String series, double ratio) {
    if (!Double.isNaN(ratio)) {
      csv.append(chart).append(',').append(group).append(',').append(series).append(',')
          .append(String.format(Locale.ROOT, "%.6f", ratio)).append(",x\n");
    }
  }

  private static void row(StringBuilder csv, String chart, String group, String series, double value, String unit) {
    csv.append(chart).append(',').append(group).append(',').append(series).append(',')
        .append(String.format(Locale.ROOT, "%.1f", value)).append(',').append(unit).append('\n');
  }
}
