package io.parley.runtime.transport;

import io.parley.runtime.TransportException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/** Opens client sockets, plain or TLS, turning failures into {@link TransportException}s. */
public final class Sockets {
  private Sockets() {}

  /**
   * Connects to {@code host:port}; with {@code tls}, completes the handshake too, verifying that
   * the server's certificate names {@code host} when {@code verifyHostname} is set.
   *
   * @throws TransportException REFUSED, TIMED_OUT or NOT_OPEN
   */
  public static Socket connect(String host, int port, Duration timeout, SSLContext tls, boolean verifyHostname) {
    int timeoutMillis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
    String where = host + ":" + port;
    Socket socket = new Socket();
    try {
      socket.setTcpNoDelay(true);
      socket.connect(new InetSocketAddress(host, port), timeoutMillis);
    } catch (ConnectException e) {
      closeQuietly(socket);
      throw new TransportException(TransportException.Kind.REFUSED, "connection to " + where + " refused", e);
    } catch (SocketTimeoutException e) {
      closeQuietly(socket);
      throw new TransportException(TransportException.Kind.TIMED_OUT,
          "connecting to " + where + " timed out after " + timeoutMillis + " ms", e);
    } catch (UnknownHostException e) {
      closeQuietly(socket);
      throw new TransportException(TransportException.Kind.NOT_OPEN, "unknown host " + host, e);
    } catch (NoRouteToHostException e) {
      closeQuietly(socket);
      throw new TransportException(TransportException.Kind.NOT_OPEN, "no route to " + where, e);
    } catch (IOException e) {
      closeQuietly(socket);
      throw new TransportException(TransportException.Kind.NOT_OPEN, "cannot connect to " + where + ": " + e.getMessage(), e);
    }
    if (tls == null) {
      return socket;
    }
    try {
      SSLSocket ssl = (SSLSocket) tls.getSocketFactory().createSocket(socket, host, port, true);
      if (verifyHostname) {
        SSLParameters params = ssl.getSSLParameters();
        params.setEndpointIdentificationAlgorithm("HTTPS");
        ssl.setSSLParameters(params);
      }
      ssl.setSoTimeout(timeoutMillis);
      ssl.startHandshake();
      return ssl;
    } catch (SocketTimeoutException e) {
      closeQuietly(socket);
      throw new TransportException(TransportException.Kind.TIMED_OUT, "TLS handshake with " + where + " timed out", e);
    } catch (SSLException e) {
      closeQuietly(socket);
      throw new TransportException(TransportException.Kind.NOT_OPEN,
          "TLS handshake with " + where + " failed: " + e.getMessage(), e);
    } catch (IOException e) {
      closeQuietly(socket);
      throw new TransportException(TransportException.Kind.CLOSED,
          "connection to " + where + " lost during the TLS handshake: " + e.getMessage(), e);
    }
  }

  static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // nothing more to do
    }
  }
}
