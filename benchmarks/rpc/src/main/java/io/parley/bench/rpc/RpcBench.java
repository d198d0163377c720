package io.parley.bench.rpc;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the RPC benchmark: starts every server kind in its own JVM and, for each, the matching client
 * in another JVM; warms each pair up, then measures every cell (method × connection count) on each
 * server in turn, so that all servers are measured close together in time (on a shared machine the
 * background load drifts). With several rounds, every cell is measured once per round, each round
 * starting from the next server, and reported by its median round; ratios are the medians of the
 * rounds' own ratios. Each cell also reports the CPU time the client and the server JVM used per
 * call while measured (user and kernel mode, from {@code /proc}), which shows where a slower server's
 * time goes. Prints Markdown tables and writes a CSV. With {@code taskset} and at least two CPUs,
 * servers run on CPU 1 and clients on CPU 0.
 *
 * <p>Options: {@code --prewarm 5} (seconds per method with each pair before the first cell:
 * grpc-java spends ten times its later CPU per call for its first few seconds), {@code --warmup 1}
 * and {@code --duration 2} (seconds per cell and round), {@code --rounds 1},
 * {@code --servers echo,parley,...}, {@code --methods ping,getUser,...}, {@code --conns 1,2,16,64},
 * {@code --csv path}.
 */
public final class RpcBench {
  private RpcBench() {}

  static final Map<String, String> CLIENT_OF = new LinkedHashMap<>();

  static {
    CLIENT_OF.put("echo", "echo");
    CLIENT_OF.put("parley", "parley");
    CLIENT_OF.put("thrift-pool", "thrift");
    CLIENT_OF.put("thrift-selector", "thrift");
    CLIENT_OF.put("grpc", "grpc");
    CLIENT_OF.put("grpc-direct", "grpc");
    CLIENT_OF.put("parley-binary", "parley-binary");
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = new LinkedHashMap<>();
    opts.put("prewarm", "5");
    opts.put("warmup", "1");
    opts.put("duration", "2");
    opts.put("rounds", "1");
    opts.put("servers", "echo,parley,thrift-pool,thrift-selector,grpc,grpc-direct");
    opts.put("methods", "ping,getUser,createUser,listUsers");
    opts.put("conns", "1,2,16,64");
    opts.put("csv", "benchmarks/results/rpc.csv");
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--") || !opts.containsKey(args[i].substring(2))) {
        throw new IllegalArgumentException("unknown option " + args[i] + "; known: " + opts.keySet());
      }
      opts.put(args[i].substring(2), args[i + 1]);
    }
    List<String> cells = new ArrayList<>();
    for (String method : opts.get("methods").split(",")) {
      for (String conns : opts.get("conns").split(",")) {
        cells.add(method + ":" + conns);
      }
    }
    boolean pin = Runtime.getRuntime().availableProcessors() >= 2 && onPath("taskset");
    for (String method : opts.get("methods").split(",")) {
      int[] sizes = MessageSizes.of(method);
      System.out.printf("%s: %d-byte request, %d-byte reply (Parley, compact, plus a 4-byte frame header)%n",
          method, sizes[0], sizes[1]);
    }
    System.out.println(pin ? "Server pinned to CPU 1, client to CPU 0 (taskset)."
        : "Not pinned (no taskset or fewer than two CPUs).");
    List<Pair> pairs = new ArrayList<>();
    try {
      for (String server : opts.get("servers").split(",")) {
        String client = CLIENT_OF.get(server);
        if (client == null) {
          throw new IllegalArgumentException("unknown server " + server + "; known: " + CLIENT_OF.keySet());
        }
        pairs.add(Pair.start(server, client, pin, opts.get("warmup"), opts.get("duration")));
      }
      for (Pair pair : pairs) {
        System.out.println("warming up " + pair.server + " (client: " + pair.client + ")");
        pair.command("warm " + opts.get("methods") + " " + opts.get("prewarm"), 0);
      }
      Results results = new Results();
      int rounds = Integer.parseInt(opts.get("rounds"));
      for (int round = 0; round < rounds; round++) {
        for (String cell : cells) {
          for (int i = 0; i < pairs.size(); i++) {
            Pair pair = pairs.get((i + round) % pairs.size());
            Results.Cell result = pair.command("cell " + cell, round);
            if (result != null) {
              results.add(result);
              System.out.printf("  %d  %-15s %-10s %3d conns  %,10.0f calls/s  p50 %7.1f µs  p99 %7.1f µs  p99.9 %8.1f µs"
                  + "  CPU/call client %s, server %s µs%n",
                  round + 1, pair.server, result.method(), result.connections(), result.callsPerSecond(),
                  result.p50(), result.p99(), result.p999(), Results.cpu(result.clientCpu()), Results.cpu(result.serverCpu()));
            }
          }
        }
      }
    System.out.println();
    System.out.print(results.markdown(opts.get("duration"), rounds));
    Path csv = Path.of(opts.get("csv"));
    if (csv.getParent() != null) {
      Files.createDirectories(csv.getParent());
    }
    Files.writeString(csv, results.csv());
    System.out.println("\nWrote " + csv);
    } finally {
      for (Pair pair : pairs) {
        pair.close();
      }
    }
  }

  /** A server JVM and the client JVM that drives it, commanded one line at a time. */
  private static final class Pair implements AutoCloseable {
    final String server;
    final String client;
    private final Process serverProcess;
    private final Process clientProcess;
    private final BufferedReader clientOut;
    private final java.io.PrintStream clientIn;

    private Pair(String server, String client, Process serverProcess, Process clientProcess) {
      this.server = server;
      this.client = client;
      this.serverProcess = serverProcess;
      this.clientProcess = clientProcess;
      this.clientOut = reader(clientProcess);
      this.clientIn = new java.io.PrintStream(clientProcess.getOutputStream(), true, StandardCharsets.UTF_8);
    }

    static Pair start(String server, String client, boolean pin, String warmup, String duration) throws IOException {
      Process serverProcess = RpcBench.start(pin ? "1" : null, "io.parley.bench.rpc.ServerMain", List.of(server));
      String port = reader(serverProcess).readLine();
      if (port == null) {
        serverProcess.destroyForcibly();
        throw new IOException("server " + server + " did not start");
      }
      Process clientProcess = RpcBench.start(pin ? "0" : null, "io.parley.bench.rpc.ClientMain",
          List.of(client, "127.0.0.1", port.trim(), warmup, duration));
      return new Pair(server, client, serverProcess, clientProcess);
    }

    /** Sends one command of the given round; returns the cell it measured, or null (warm-up, failure). */
    Results.Cell command(String command, int round) throws IOException {
      clientIn.println(command);
      CpuTimes client0 = null;
      CpuTimes server0 = null;
      CpuTimes clientUsed = null;
      CpuTimes serverUsed = null;
      for (String line; (line = clientOut.readLine()) != null; ) {
        String[] f = line.split("\t");
        switch (f[0]) {
          case "WARMED":
            return null;
          case "MEASURING":
            client0 = CpuTimes.of(clientProcess.pid());
            server0 = CpuTimes.of(serverProcess.pid());
            break;
          case "STOPPED":
            clientUsed = used(clientProcess, client0);
            serverUsed = used(serverProcess, server0);
            break;
          case "RESULT":
            long calls = Long.parseLong(f[3]);
            return new Results.Cell(round, f[1], Integer.parseInt(f[2]), server,
                calls / Double.parseDouble(f[4]), Long.parseLong(f[5]) / 1e3,
                Long.parseLong(f[6]) / 1e3, Long.parseLong(f[7]) / 1e3,
                Results.CpuPerCall.of(clientUsed, calls), Results.CpuPerCall.of(serverUsed, calls));
          case "FAILED":
            System.out.println("  " + server + ": " + line);
            return null;
          default:
            System.out.println("  " + server + ": " + line);
        }
      }
      throw new IOException("the client of " + server + " exited");
    }

    private static CpuTimes used(Process process, CpuTimes before) {
      CpuTimes now = CpuTimes.of(process.pid());
      return before == null || now == null ? null : now.since(before);
    }

    @Override
    public void close() throws InterruptedException {
      for (Process p : List.of(clientProcess, serverProcess)) {
        try {
          p.getOutputStream().close();
        } catch (IOException ignored) {
          // it is gone already
        }
        if (!p.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
          p.destroyForcibly();
        }
      }
    }
  }

  private static Process start(String cpu, String mainClass, List<String> args) throws IOException {
    List<String> command = new ArrayList<>();
    if (cpu != null) {
      command.addAll(List.of("taskset", "-c", cpu));
    }
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xms512m", "-Xmx512m", "-cp", System.getProperty("java.class.path"), mainClass));
    command.addAll(args);
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
  }

  private static BufferedReader reader(Process p) {
    return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
  }

  private static boolean onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }
}
