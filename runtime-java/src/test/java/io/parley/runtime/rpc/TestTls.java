package io.parley.runtime.rpc;

import io.parley.runtime.transport.TlsContexts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;

/**
 * A self-signed certificate for {@code localhost} (DNS name only, so {@code 127.0.0.1} does not
 * match it), made once per test run with the JDK's keytool.
 */
final class TestTls {
  static final char[] PASSWORD = "changeit".toCharArray();
  private static KeyStore keys;
  private static KeyStore trust;

  private TestTls() {}

  private static synchronized void init() throws Exception {
    if (keys != null) {
      return;
    }
    Path dir = Files.createTempDirectory("parley-tls");
    Path store = dir.resolve("server.p12");
    String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
    Process p = new ProcessBuilder(keytool, "-genkeypair", "-alias", "parley", "-keyalg", "EC", "-groupname", "secp256r1",
        "-dname", "CN=localhost", "-ext", "SAN=dns:localhost", "-validity", "2", "-storetype", "PKCS12",
        "-keystore", store.toString(), "-storepass", "changeit", "-keypass", "changeit")
        .redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes());
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException("keytool failed: " + output);
    }
    keys = TlsContexts.load(store, PASSWORD);
    trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    trust.setCertificateEntry("parley", keys.getCertificate("parley"));
    Files.delete(store);
    Files.delete(dir);
  }

  /** Presents the certificate; trusts it in client certificates too. */
  static SSLContext server() throws Exception {
    init();
    return TlsContexts.of(keys, PASSWORD, trust);
  }

  /** Trusts the certificate; presents none. */
  static SSLContext client() throws Exception {
    init();
    return TlsContexts.of(null, null, trust);
  }

  /** Trusts the certificate and presents it as the client's own. */
  static SSLContext clientWithCertificate() throws Exception {
    init();
    return TlsContexts.of(keys, PASSWORD, trust);
  }
}
