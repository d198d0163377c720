package io.parley.compiler.testing;

import io.parley.compiler.gen.GeneratedFile;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a test driver: a Java source file that uses generated code directly, compiled at test time
 * together with that code (and any other sources) and then run through its {@code static run()}.
 * A failed check in the driver throws, and the calling test fails with its message.
 */
public final class Driver {
  private Driver() {}

  /**
   * @param driver the driver's source, in the default package, named like its class
   * @param generated the generated code it uses
   * @param otherSources directories of more Java sources to compile with it (e.g. libthrift output)
   */
  public static void run(Path driver, List<GeneratedFile> generated, List<Path> otherSources, Path work)
      throws IOException, ReflectiveOperationException {
    Path driverDir = Files.createDirectories(work.resolve("driver"));
    Files.copy(driver, driverDir.resolve(driver.getFileName()));
    List<Path> sources = new ArrayList<>(otherSources);
    sources.add(driverDir);
    Path classes = Javac.compile(generated, work.resolve("build"), sources, false);
    String className = driver.getFileName().toString().replace(".java", "");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        Driver.class.getClassLoader())) {
      loader.loadClass(className).getMethod("run").invoke(null);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new AssertionError(className + " failed: " + e.getCause(), e.getCause());
    }
  }
}
