package io.parley.compiler.gen;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Writes the files of a generator while it is still generating: each {@link GeneratedFile} made on
 * the calling thread between {@link #start} and {@link #stopListening} is written on a background
 * thread into a {@link Staging} directory, so creating files (a large share of a big run) overlaps
 * rendering on another core. Nothing reaches the output directory before {@link #finish}, which
 * writes exactly the list the generator returned; {@link #close} without it leaves no trace.
 *
 * <p>Only a clean build (the output directory does not exist) is written early; otherwise, and
 * whenever the background writing fails, {@link #finish} falls back to {@link OutputWriter}, whose
 * errors are then reported as usual.
 *
 * <pre>{@code
 * try (EagerOutput output = EagerOutput.start(dir)) {
 *   List<GeneratedFile> files = generator.generate(schema, problems);
 *   output.stopListening();
 *   if (!problems.hasErrors()) {
 *     output.finish(files);
 *   }
 * }
 * }</pre>
 */
public final class EagerOutput implements AutoCloseable {
  private static final ThreadLocal<EagerOutput> LISTENING = new ThreadLocal<>();
  private static final GeneratedFile END = new GeneratedFile("end", "");

  private final OutputWriter writer;
  private final Staging staging;
  private final BlockingQueue<GeneratedFile> queue = new LinkedBlockingQueue<>();
  /** What the background thread wrote, by path: read only after it ended. */
  private final Map<String, GeneratedFile> written = new HashMap<>();
  private final Thread thread;
  private volatile IOException failure;
  private boolean done;

  private EagerOutput(Path root, Staging staging) {
    this.writer = new OutputWriter(root);
    this.staging = staging;
    if (staging == null) {
      thread = null;
      return;
    }
    thread = new Thread(this::drain, "parley-output");
    thread.setDaemon(true);
    thread.start();
    LISTENING.set(this);
  }

  /** Starts listening on this thread for the files to write under {@code root}. */
  public static EagerOutput start(Path root) {
    Staging staging;
    try {
      staging = Staging.open(root);
    } catch (IOException | RuntimeException e) {
      staging = null; // finish() writes the usual way and reports the problem then
    }
    return new EagerOutput(root, staging);
  }

  /** Called for every file made: queues it when this thread is listening. */
  static void made(GeneratedFile file) {
    EagerOutput output = LISTENING.get();
    if (output != null) {
      output.queue.add(file);
    }
  }

  /** Files made on this thread from now on are not written early. */
  public void stopListening() {
    if (LISTENING.get() == this) {
      LISTENING.remove();
    }
  }

  /**
   * Puts exactly {@code files} under the output directory.
   *
   * @return how many files were created or changed
   * @throws IOException naming the file that could not be written
   */
  public int finish(List<GeneratedFile> files) throws IOException {
    if (!stopWriting()) {
      return writer.write(files);
    }
    Map<String, GeneratedFile> wanted = new LinkedHashMap<>();
    files.forEach(f -> wanted.put(f.path(), f)); // the last of a path wins, as when written in order
    boolean moved = false;
    try {
      for (String path : written.keySet()) {
        if (!wanted.containsKey(path)) {
          staging.delete(path);
        }
      }
      for (GeneratedFile file : wanted.values()) {
        if (written.get(file.path()) != file) {
          staging.write(file);
        }
      }
      moved = staging.moveIntoPlace();
    } catch (IOException e) {
      staging.discard();
      return writer.write(files);
    } finally {
      done = true;
      if (!moved) {
        staging.discard();
      }
    }
    return moved ? files.size() : writer.merge(files);
  }

  /** How many stale files {@link #finish} removed ({@link GeneratedFile#supersedes}). */
  public int removed() {
    return writer.removed();
  }

  /** Discards what was written early, unless {@link #finish} put it in place. */
  @Override
  public void close() {
    if (!done && stopWriting()) {
      staging.discard();
    }
    done = true;
  }

  /** Ends the background thread; true when it wrote everything it was given. */
  private boolean stopWriting() {
    stopListening();
    if (thread == null) {
      return false;
    }
    queue.add(END);
    InOrder.joinUninterruptibly(thread);
    if (failure != null) {
      staging.discard();
      return false;
    }
    return true;
  }

  private void drain() {
    try {
      for (GeneratedFile file = queue.take(); file != END; file = queue.take()) {
        if (failure == null) {
          try {
            staging.write(file);
            written.put(file.path(), file);
          } catch (IOException | RuntimeException e) {
            failure = e instanceof IOException io ? io : new IOException(e);
          }
        }
      }
    } catch (InterruptedException e) {
      failure = new IOException("interrupted");
    }
  }
}
