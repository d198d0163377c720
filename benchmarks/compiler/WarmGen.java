import io.parley.compiler.cli.ParleyCli;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Times {@code parley gen} run again and again inside one JVM, as a build tool's long-lived JVM
 * runs it (the Maven plugin in a multi-module build or a build daemon), with Apache Thrift's
 * compiler run as a process between Parley's runs so that both meet the same machine.
 *
 * <p>Run by warm-gen.sh: {@code java -cp CLI_JAR WarmGen.java TARGET IDL RUNS OUT_DIR}, where
 * TARGET is {@code java} or {@code python}. Prints one line per run, then
 * {@code result TARGET PARLEY_MEDIAN_S THRIFT_MEDIAN_S PARLEY_BYTES THRIFT_BYTES}: the medians are
 * over the second half of the runs (the first half lets the JIT compile the compiler).
 */
public final class WarmGen {
  public static void main(String[] args) throws Exception {
    String target = args[0];
    Path idl = Path.of(args[1]);
    int runs = Integer.parseInt(args[2]);
    Path out = Path.of(args[3]);
    String thriftTarget = target.equals("python") ? "py" : target;
    PrintWriter quiet = new PrintWriter(OutputStream.nullOutputStream());
    List<Double> parley = new ArrayList<>();
    List<Double> thrift = new ArrayList<>();
    long parleyBytes = 0;
    long thriftBytes = 0;
    for (int run = 0; run < runs; run++) {
      Path parleyOut = out.resolve("parley");
      long start = System.nanoTime();
      int code = ParleyCli.run(quiet, new PrintWriter(System.err, true), "gen", "--" + target,
          parleyOut.toString(), idl.toString());
      parley.add((System.nanoTime() - start) / 1e9);
      if (code != 0) {
        throw new IllegalStateException("parley gen exited with " + code);
      }
      parleyBytes = sizeOf(parleyOut);
      delete(parleyOut);

      Path thriftOut = Files.createDirectories(out.resolve("thrift"));
      start = System.nanoTime();
      Process process = new ProcessBuilder("thrift", "--gen", thriftTarget, "-out", thriftOut.toString(),
          idl.toString()).inheritIO().start();
      code = process.waitFor();
      thrift.add((System.nanoTime() - start) / 1e9);
      if (code != 0) {
        throw new IllegalStateException("thrift exited with " + code);
      }
      thriftBytes = sizeOf(thriftOut);
      delete(thriftOut);
      System.out.printf("run %d: parley %.3f s, thrift %.3f s%n", run + 1,
          parley.get(run), thrift.get(run));
    }
    System.out.printf("result %s %.3f %.3f %d %d%n", target, medianOfSecondHalf(parley),
        medianOfSecondHalf(thrift), parleyBytes, thriftBytes);
  }

  private static double medianOfSecondHalf(List<Double> times) {
    List<Double> tail = new ArrayList<>(times.subList(times.size() / 2, times.size()));
    tail.sort(Comparator.naturalOrder());
    return tail.get(tail.size() / 2);
  }

  private static long sizeOf(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> {
        try {
          Files.delete(f);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
