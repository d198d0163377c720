package io.parley.runtime.transport;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Builds {@link SSLContext}s from key stores on disk, for the common cases of a server identity,
 * a client trust store, or both (mutual TLS). Any other JSSE setup can be passed to the client and
 * server builders directly.
 */
public final class TlsContexts {
  private TlsContexts() {}

  /** Loads a PKCS12 or JKS key store (the type is detected from the file). */
  public static KeyStore load(Path path, char[] password) throws IOException, GeneralSecurityException {
    return KeyStore.getInstance(path.toFile(), password);
  }

  /**
   * A context that presents the key in {@code keyStore} (may be null: no identity) and trusts the
   * certificates in {@code trustStore} (may be null: the JDK's default trust anchors).
   */
  public static SSLContext of(KeyStore keyStore, char[] keyPassword, KeyStore trustStore) throws GeneralSecurityException {
    KeyManagerFactory kmf = null;
    if (keyStore != null) {
      kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(keyStore, keyPassword);
    }
    TrustManagerFactory tmf = null;
    if (trustStore != null) {
      tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trustStore);
    }
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(kmf == null ? null : kmf.getKeyManagers(), tmf == null ? null : tmf.getTrustManagers(), null);
    return context;
  }

  /** A server context presenting the key in the store at {@code path}. */
  public static SSLContext server(Path keyStore, char[] password) throws IOException, GeneralSecurityException {
    return of(load(keyStore, password), password, null);
  }

  /** A client context trusting the certificates in the store at {@code path}. */
  public static SSLContext client(Path trustStore, char[] password) throws IOException, GeneralSecurityException {
    return of(null, null, load(trustStore, password));
  }
}
