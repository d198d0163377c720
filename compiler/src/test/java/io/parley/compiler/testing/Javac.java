package io.parley.compiler.testing;

import io.parley.compiler.gen.GeneratedFile;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles generated Java with the JDK's compiler against the Parley runtime, as a user's build would. */
public final class Javac {
  private Javac() {}

  /**
   * Writes {@code files} under {@code dir}/src, compiles them into {@code dir}/classes and returns
   * that directory.
   *
   * @throws AssertionError with javac's messages when compilation fails or warns
   */
  public static Path compile(List<GeneratedFile> files, Path dir) throws IOException {
    return compile(files, dir, List.of(), true);
  }

  /**
   * Compiles {@code files} plus the Java sources already under {@code extraSources}, with
   * {@code extraClasspath} beside the runtime; lint warnings fail only when {@code strict}.
   */
  public static Path compile(List<GeneratedFile> files, Path dir, List<Path> extraSources, boolean strict)
      throws IOException {
    Path src = dir.resolve("src");
    Path classes = Files.createDirectories(dir.resolve("classes"));
    List<String> args = new ArrayList<>(List.of(
        "-d", classes.toString(), "-classpath", runtimeClasspath(), "--release", "17", "-encoding", "UTF-8"));
    if (strict) {
      args.addAll(List.of("-Xlint:all,-serial", "-Werror"));
    } else {
      args.add("-nowarn");
    }
    for (Path extra : extraSources) {
      try (var walk = Files.walk(extra)) {
        walk.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
      }
    }
    for (GeneratedFile f : files) {
      Path target = src.resolve(f.path());
      Files.createDirectories(target.getParent());
      Files.writeString(target, f.content());
      if (f.path().endsWith(".java")) {
        args.add(target.toString());
      }
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter out = new StringWriter();
    int code = javac.run(null, null, null, args.toArray(String[]::new)) ;
    if (code != 0) {
      throw new AssertionError("javac failed (" + code + ") on generated code in " + src + "\n" + out);
    }
    return classes;
  }

  /** The runtime, libthrift and what it needs: where their classes are on this JVM's class path. */
  public static String runtimeClasspath() {
    return locationOf(io.parley.runtime.Bytes.class) + File.pathSeparator
        + locationOf(org.apache.thrift.TBase.class) + File.pathSeparator
        + locationOf(org.slf4j.LoggerFactory.class);
  }

  private static String locationOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
