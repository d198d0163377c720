package io.parley.interop.peers;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Builds the thrift-java peer: the code Apache Thrift's compiler generated (adapted by
 * {@link GeneratedJavaAdapter}) and the server and client in {@code interop/peers/java}, compiled
 * with the JDK's compiler against libthrift into {@code target/thrift-java-peer/HASH/classes}.
 * HASH covers every source, the adaptation and the classpath, so a build is reused until one of
 * them changes.
 */
final class JavaPeerBuild {
  private JavaPeerBuild() {}

  /** The jars the peer runs with: libthrift and its logging facade (with the no-op binding). */
  static List<Path> libthriftClasspath() {
    List<Path> jars = new ArrayList<>();
    for (String type : List.of("org.apache.thrift.TBase", "org.slf4j.LoggerFactory", "org.slf4j.impl.StaticLoggerBinder")) {
      try {
        jars.add(Path.of(Class.forName(type).getProtectionDomain().getCodeSource().getLocation().toURI()));
      } catch (ClassNotFoundException e) {
        // Only libthrift itself is required; without the binding slf4j just warns once.
        if (type.startsWith("org.apache.thrift")) {
          throw new IllegalStateException("libthrift is not on the test classpath", e);
        }
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    return jars;
  }

  /** The classes directory of the build of these sources, compiling them if no build has them yet. */
  static synchronized Path classes(Path generated, Path peerSources, Path buildRoot, List<Path> classpath)
      throws IOException {
    List<Path> generatedFiles = javaFiles(generated);
    List<Path> peerFiles = javaFiles(peerSources);
    Path home = buildRoot.resolve(hash(generated, generatedFiles, peerSources, peerFiles, classpath));
    Path classes = home.resolve("classes");
    if (Files.isRegularFile(home.resolve("complete"))) {
      return classes;
    }
    Files.createDirectories(buildRoot);
    Path work = Files.createTempDirectory(buildRoot, "build-");
    List<Path> sources = new ArrayList<>(peerFiles);
    for (Path file : generatedFiles) {
      Path adapted = work.resolve("src").resolve(generated.relativize(file).toString());
      Files.createDirectories(adapted.getParent());
      Files.writeString(adapted, GeneratedJavaAdapter.adapt(Files.readString(file, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
      sources.add(adapted);
    }
    compile(sources, work.resolve("classes"), classpath);
    Files.writeString(work.resolve("complete"), "");
    try {
      Files.move(work, home, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
      // Another JVM built the same sources meanwhile: use its build.
      deleteTree(work);
    } catch (IOException e) {
      if (!Files.isRegularFile(home.resolve("complete"))) {
        throw e;
      }
      deleteTree(work);
    }
    return classes;
  }

  private static void compile(List<Path> sources, Path classes, List<Path> classpath) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IOException("this Java runtime has no compiler (javax.tools); run the tests on a JDK");
    }
    Files.createDirectories(classes);
    StringWriter errors = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      List<String> options = List.of("-d", classes.toString(), "-encoding", "UTF-8", "-nowarn", "-Xlint:none",
          "-proc:none", "-classpath", join(classpath));
      Boolean ok = javac.getTask(errors, files, null, options, null,
          files.getJavaFileObjectsFromPaths(sources)).call();
      if (!ok) {
        String text = errors.toString();
        throw new IOException("the thrift-java peer does not compile: " + text.substring(0, Math.min(text.length(), 2000)));
      }
    }
  }

  static String join(List<Path> paths) {
    return String.join(java.io.File.pathSeparator, paths.stream().map(Path::toString).toList());
  }

  private static List<Path> javaFiles(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  private static String hash(Path generated, List<Path> generatedFiles, Path peerSources, List<Path> peerFiles,
      List<Path> classpath) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      update(digest, "adapter " + GeneratedJavaAdapter.VERSION + " java " + Runtime.version().feature());
      for (Path jar : classpath) {
        update(digest, jar.getFileName().toString());
      }
      for (Path file : generatedFiles) {
        update(digest, generated.relativize(file).toString());
        digest.update(Files.readAllBytes(file));
      }
      for (Path file : peerFiles) {
        update(digest, peerSources.relativize(file).toString());
        digest.update(Files.readAllBytes(file));
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void update(MessageDigest digest, String text) {
    digest.update(text.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException | UncheckedIOException e) {
      // Only scratch space is left behind.
    }
  }
}
