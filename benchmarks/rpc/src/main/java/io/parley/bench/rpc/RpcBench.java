package io.parley.bench.rpc;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the RPC benchmark: for each server kind, starts the server in one JVM and the matching
 * client in another, runs every cell (method × connection count) and prints Markdown tables and a
 * CSV. With {@code taskset} and at least two CPUs, the server runs on CPU 1 and the client on CPU 0.
 *
 * <p>Options: {@code --warmup 1} and {@code --duration 2} (seconds per cell), {@code --servers
 * echo,parley,...}, {@code --methods ping,getUser,...}, {@code --conns 1,2,16,64},
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
    opts.put("warmup", "1");
    opts.put("duration", "2");
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
    System.out.println(pin ? "Server pinned to CPU 1, client to CPU 0 (taskset)."
        : "Not pinned (no taskset or fewer than two CPUs).");
    Results results = new Results();
    for (String server : opts.get("servers").split(",")) {
      String client = CLIENT_OF.get(server);
      if (client == null) {
        throw new IllegalArgumentException("unknown server " + server + "; known: " + CLIENT_OF.keySet());
      }
      System.out.println("== " + server + " (client: " + client + ")");
      runPair(server, client, pin, opts.get("warmup"), opts.get("duration"), cells, results);
    }
    System.out.println();
    System.out.print(results.markdown(opts.get("duration")));
    Path csv = Path.of(opts.get("csv"));
    if (csv.getParent() != null) {
      Files.createDirectories(csv.getParent());
    }
    Files.writeString(csv, results.csv());
    System.out.println("\nWrote " + csv);
  }

  private static void runPair(String server, String client, boolean pin, String warmup, String duration,
      List<String> cells, Results results) throws Exception {
    Process serverProcess = start(pin ? "1" : null, "io.parley.bench.rpc.ServerMain", List.of(server));
    try {
      BufferedReader serverOut = reader(serverProcess);
      String port = serverOut.readLine();
      if (port == null) {
        throw new IOException("server " + server + " did not start");
      }
      List<String> clientArgs = new ArrayList<>(List.of(client, "127.0.0.1", port.trim(), warmup, duration));
      clientArgs.addAll(cells);
      Process clientProcess = start(pin ? "0" : null, "io.parley.bench.rpc.ClientMain", clientArgs);
      BufferedReader clientOut = reader(clientProcess);
      for (String line; (line = clientOut.readLine()) != null; ) {
        String[] f = line.split("\t");
        if (f[0].equals("RESULT")) {
          Results.Cell cell = new Results.Cell(f[1], Integer.parseInt(f[2]), server,
              Long.parseLong(f[3]) / Double.parseDouble(f[4]), Long.parseLong(f[5]) / 1e3,
              Long.parseLong(f[6]) / 1e3, Long.parseLong(f[7]) / 1e3);
          results.add(cell);
          System.out.printf("  %-10s %3d conns  %,10.0f calls/s  p50 %7.1f µs  p99 %7.1f µs  p99.9 %7.1f µs%n",
              cell.method(), cell.connections(), cell.callsPerSecond(), cell.p50(), cell.p99(), cell.p999());
        } else {
          System.out.println("  " + line);
        }
      }
      clientProcess.waitFor();
    } finally {
      OutputStream stdin = serverProcess.getOutputStream();
      stdin.close();
      if (!serverProcess.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
        serverProcess.destroyForcibly();
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
