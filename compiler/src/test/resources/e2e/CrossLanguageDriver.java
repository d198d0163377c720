import e2e.calc.Calculator;
import io.parley.runtime.Framing;
import io.parley.runtime.Protocol;
import io.parley.runtime.rpc.RpcClient;
import io.parley.runtime.rpc.RpcServer;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Java against Python with the code generated from one IDL: a Python client (sync and asyncio)
 * against the Java server, and the Java client against Python servers (sync and asyncio), in
 * every protocol and framing. System properties name the Python interpreter and paths.
 */
public final class CrossLanguageDriver {
  private CrossLanguageDriver() {}

  public static void run() throws Exception {
    String python = System.getProperty("parley.python");
    String pythonPath = System.getProperty("parley.pythonpath");
    Path scripts = Path.of(System.getProperty("parley.scripts"));
    for (Protocol protocol : Protocol.values()) {
      for (Framing framing : Framing.values()) {
        String p = protocol.name().toLowerCase();
        String f = framing.name().toLowerCase();
        for (boolean multiplexed : new boolean[] {false, true}) {
          EndToEndDriver.Handler handler = new EndToEndDriver.Handler();
          RpcServer.Builder builder = RpcServer.builder().port(0).protocol(protocol).framing(framing);
          builder = multiplexed ? builder.multiplexed(Calculator.processor(handler))
              : builder.service(Calculator.processor(handler));
          try (RpcServer server = builder.start()) {
            List<String> command = new ArrayList<>(List.of(python, scripts.resolve("py_client.py").toString(),
                "127.0.0.1", String.valueOf(server.port()), p, f));
            if (multiplexed) {
              command.add("Calculator");
            }
            runToCompletion(command, pythonPath, "Python client -> Java server " + p + "/" + f
                + (multiplexed ? "/multiplexed" : ""));
          }
        }
        for (String mode : List.of("sync", "async")) {
          javaClientAgainstPythonServer(python, pythonPath, scripts, protocol, framing, mode);
        }
      }
    }
  }

  private static void javaClientAgainstPythonServer(String python, String pythonPath, Path scripts,
      Protocol protocol, Framing framing, String mode) throws Exception {
    String cell = "Java client -> Python " + mode + " server " + protocol + "/" + framing;
    ProcessBuilder pb = new ProcessBuilder(python, scripts.resolve("py_server.py").toString(),
        protocol.name().toLowerCase(), framing.name().toLowerCase(), mode);
    pb.environment().put("PYTHONPATH", pythonPath);
    Path log = Files.createTempFile("py-server", ".log");
    pb.redirectError(log.toFile());
    Process server = pb.start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine();
      if (line == null) {
        throw new AssertionError(cell + ": the Python server did not start:\n" + Files.readString(log));
      }
      int port = Integer.parseInt(line.trim());
      try (RpcClient channel = RpcClient.builder().host("127.0.0.1").port(port).protocol(protocol)
          .framing(framing).callTimeout(Duration.ofSeconds(10)).build()) {
        EndToEndDriver.exercise(cell, Calculator.client(channel), channel, null);
      }
    } finally {
      server.getOutputStream().close(); // the server shuts down when its stdin closes
      if (!server.waitFor(15, TimeUnit.SECONDS)) {
        server.destroyForcibly();
        throw new AssertionError(cell + ": the Python server did not shut down");
      }
      Files.deleteIfExists(log);
    }
  }

  private static void runToCompletion(List<String> command, String pythonPath, String cell) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("PYTHONPATH", pythonPath);
    Path log = Files.createTempFile("py-client", ".log");
    pb.redirectOutput(log.toFile());
    Process process = pb.start();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(cell + ": timed out\n" + Files.readString(log));
      }
      if (process.exitValue() != 0) {
        throw new AssertionError(cell + ": exit " + process.exitValue() + "\n" + Files.readString(log));
      }
    } finally {
      Files.deleteIfExists(log);
    }
  }

  static String join(List<Path> paths) {
    return String.join(File.pathSeparator, paths.stream().map(Path::toString).toList());
  }
}
