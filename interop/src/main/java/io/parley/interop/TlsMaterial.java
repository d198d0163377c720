package io.parley.interop;

import io.parley.runtime.transport.TlsContexts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;

/**
 * The key and certificate the test peers use for {@code --ssl}: a self-signed certificate for
 * {@code CN=localhost} (subjectAltName {@code DNS:localhost, IP:127.0.0.1}) in
 * {@code interop/target/ssl/}, as {@code server.pem} and {@code server.key} for Python and
 * {@code server.p12} for Java. Created with the {@code openssl} command on first use; clients
 * trust exactly that certificate. {@code PARLEY_INTEROP_SSL_DIR} points elsewhere.
 */
public final class TlsMaterial {
  /** The password of {@code server.p12}. */
  public static final String KEYSTORE_PASSWORD = "parley";

  private final Path directory;

  private TlsMaterial(Path directory) {
    this.directory = directory;
  }

  /** The material in the default directory, created there if missing. */
  public static TlsMaterial load() {
    return in(defaultDirectory());
  }

  /** The material in {@code directory}, created there if missing. */
  public static TlsMaterial in(Path directory) {
    TlsMaterial material = new TlsMaterial(directory);
    if (!material.complete()) {
      create(directory);
    }
    return material;
  }

  /** {@code PARLEY_INTEROP_SSL_DIR}, else {@code ssl/} beside the directory these classes load from. */
  public static Path defaultDirectory() {
    String configured = System.getenv("PARLEY_INTEROP_SSL_DIR");
    if (configured != null && !configured.isEmpty()) {
      return Path.of(configured);
    }
    try {
      // target/classes -> target/ssl, wherever the module was built.
      Path classes = Path.of(TlsMaterial.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return classes.toAbsolutePath().getParent().resolve("ssl");
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the interop build directory", e);
    }
  }

  public Path certificate() {
    return directory.resolve("server.pem");
  }

  public Path privateKey() {
    return directory.resolve("server.key");
  }

  public Path keyStore() {
    return directory.resolve("server.p12");
  }

  /** A server context presenting the test key. */
  public SSLContext serverContext() throws IOException, GeneralSecurityException {
    return TlsContexts.server(keyStore(), KEYSTORE_PASSWORD.toCharArray());
  }

  /** A client context that trusts the test certificate only. */
  public SSLContext clientContext() throws IOException, GeneralSecurityException {
    Certificate cert;
    try (InputStream in = Files.newInputStream(certificate())) {
      cert = CertificateFactory.getInstance("X.509").generateCertificate(in);
    }
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    trust.setCertificateEntry("parley-interop", cert);
    return TlsContexts.of(null, null, trust);
  }

  private boolean complete() {
    return Files.isRegularFile(certificate()) && Files.isRegularFile(privateKey()) && Files.isRegularFile(keyStore());
  }

  /**
   * Makes the files in a scratch directory and renames it into place, so that peers starting at the
   * same moment never see half-written files: the first rename wins, the others use its files.
   */
  private static void create(Path directory) {
    Path scratch = null;
    try {
      Files.createDirectories(directory.toAbsolutePath().getParent());
      scratch = Files.createTempDirectory(directory.toAbsolutePath().getParent(), "ssl-");
      openssl(scratch, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "3650",
          "-keyout", "server.key", "-out", "server.pem", "-subj", "/CN=localhost",
          "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1");
      openssl(scratch, "pkcs12", "-export", "-in", "server.pem", "-inkey", "server.key",
          "-name", "server", "-out", "server.p12", "-passout", "pass:" + KEYSTORE_PASSWORD);
      try {
        Files.move(scratch, directory, StandardCopyOption.ATOMIC_MOVE);
        scratch = null;
      } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
        // Another peer made them first.
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the TLS test key in " + directory + ": " + e.getMessage(), e);
    } finally {
      deleteQuietly(scratch);
    }
  }

  private static void openssl(Path dir, String... args) throws IOException {
    List<String> command = Stream.concat(Stream.of("openssl"), Stream.of(args)).toList();
    Process p;
    try {
      p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new IOException("the openssl command is needed for --ssl: " + e.getMessage(), e);
    }
    try {
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("openssl " + args[0] + " did not finish");
      }
      if (p.exitValue() != 0) {
        throw new IOException("openssl " + args[0] + " failed: " + output.strip());
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running openssl", e);
    }
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      // a leftover scratch directory is harmless
    }
  }
}
