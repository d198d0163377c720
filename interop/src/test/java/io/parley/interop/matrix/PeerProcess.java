package io.parley.interop.matrix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A started peer: its process and the file that collects its output (stdout and stderr
 * together, in a file so that a chatty peer never blocks on a full pipe).
 */
final class PeerProcess implements AutoCloseable {
  /** Reports show the end of an output, where a failure usually is. */
  private static final int MAX_OUTPUT_CHARS = 16_000;

  private final Peer.Launch launch;
  private final Process process;
  private final Path log;

  private PeerProcess(Peer.Launch launch, Process process, Path log) {
    this.launch = launch;
    this.process = process;
    this.log = log;
  }

  static PeerProcess start(Peer.Launch launch, Path workingDirectory, Path log) throws IOException {
    Files.createDirectories(log.getParent());
    ProcessBuilder builder = new ProcessBuilder(launch.command())
        .directory(workingDirectory.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    builder.environment().putAll(launch.environment());
    return new PeerProcess(launch, builder.start(), log);
  }

  boolean isAlive() {
    return process.isAlive();
  }

  int exitCode() {
    return process.exitValue();
  }

  /** Waits for the process to end; false when it still runs after {@code timeout}. */
  boolean waitFor(Duration timeout) throws InterruptedException {
    return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The command line, and the environment it added, for reports. */
  String describe() {
    String env = launch.environment().isEmpty() ? "" : launch.environment() + " ";
    return env + String.join(" ", launch.command());
  }

  /** What it printed so far (the end, when long). */
  String output() {
    String text;
    try {
      text = Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(cannot read " + log + ": " + e.getMessage() + ")";
    }
    if (text.length() > MAX_OUTPUT_CHARS) {
      text = "\u2026 (" + (text.length() - MAX_OUTPUT_CHARS) + " chars cut, see " + log + ")\n"
          + text.substring(text.length() - MAX_OUTPUT_CHARS);
    }
    return text.isBlank() ? "(no output)" : text.stripTrailing();
  }

  /**
   * Stops the process and whatever it started: SIGTERM first (servers shut down gracefully), then
   * SIGKILL for what is still alive after {@code grace}.
   */
  void stop(Duration grace) throws InterruptedException {
    // Taken before the parent goes, since orphans are no longer its descendants.
    List<ProcessHandle> all = process.descendants().toList();
    process.destroy();
    all.forEach(ProcessHandle::destroy);
    long deadline = System.nanoTime() + grace.toNanos();
    if (!process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
      process.destroyForcibly();
      process.waitFor(5, TimeUnit.SECONDS);
    }
    for (ProcessHandle child : all) {
      try {
        child.onExit().get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
        child.destroyForcibly();
      }
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      stop(Duration.ofSeconds(5));
    }
  }
}
