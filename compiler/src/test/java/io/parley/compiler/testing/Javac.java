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
    Path src = dir.resolve("src");
    Path classes = Files.createDirectories(dir.resolve("classes"));
    List<String> args = new ArrayList<>(List.of(
        "-d", classes.toString(), "-classpath", runtimeClasspath(), "--release", "17",
        "-Xlint:all,-serial", "-Werror", "-encoding", "UTF-8"));
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

  /** Where the runtime's classes are: the parley-runtime jar or its classes directory. */
  public static String runtimeClasspath() {
    try {
      return Path.of(io.parley.runtime.Bytes.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .toString() + File.pathSeparator;
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
