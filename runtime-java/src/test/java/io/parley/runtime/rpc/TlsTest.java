package io.parley.runtime.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.runtime.Framing;
import io.parley.runtime.Protocol;
import io.parley.runtime.TransportException;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** TLS specifics: hostname verification, trust, and client certificates. */
@Timeout(30)
class TlsTest {
  private static RpcClient client(RpcServer server, String host, SSLContext tls) {
    return RpcClient.builder().host(host).port(server.port()).protocol(Protocol.COMPACT).framing(Framing.FRAMED)
        .tls(tls).build();
  }

  private static RpcServer server(RpcServer.ClientAuth auth) throws Exception {
    return RpcServer.builder().protocol(Protocol.COMPACT).service(Calc.processor("Calc", null, null))
        .tls(TestTls.server()).clientAuth(auth).start();
  }

  @Test
  void hostnameIsVerifiedByDefault() throws Exception {
    try (RpcServer server = server(RpcServer.ClientAuth.NONE)) {
      try (RpcClient c = client(server, "localhost", TestTls.client())) {
        assertEquals(3, new Calc.Client(c).add(1, 2));
      }
      // The certificate names localhost only, not the address.
      try (RpcClient c = client(server, "127.0.0.1", TestTls.client())) {
        TransportException e = assertThrows(TransportException.class, () -> new Calc.Client(c).add(1, 2));
        assertEquals(TransportException.Kind.NOT_OPEN, e.kind());
        assertTrue(e.getMessage().contains("TLS handshake"), e.getMessage());
      }
      try (RpcClient c = RpcClient.builder().host("127.0.0.1").port(server.port()).protocol(Protocol.COMPACT)
          .tls(TestTls.client()).verifyHostname(false).build()) {
        assertEquals(3, new Calc.Client(c).add(1, 2));
      }
    }
  }

  @Test
  void untrustedServerIsRefused() throws Exception {
    try (RpcServer server = server(RpcServer.ClientAuth.NONE);
        RpcClient c = client(server, "localhost", SSLContext.getDefault())) {
      TransportException e = assertThrows(TransportException.class, () -> new Calc.Client(c).add(1, 2));
      assertEquals(TransportException.Kind.NOT_OPEN, e.kind());
    }
  }

  @Test
  void plainClientOnATlsPortFailsCleanly() throws Exception {
    try (RpcServer server = server(RpcServer.ClientAuth.NONE);
        RpcClient c = RpcClient.builder().host("localhost").port(server.port()).protocol(Protocol.COMPACT)
            .callTimeout(java.time.Duration.ofSeconds(5)).build()) {
      assertThrows(TransportException.class, () -> new Calc.Client(c).add(1, 2));
    }
  }

  @Test
  void clientCertificateWhenRequired() throws Exception {
    try (RpcServer server = server(RpcServer.ClientAuth.NEED)) {
      try (RpcClient c = client(server, "localhost", TestTls.clientWithCertificate())) {
        assertEquals(3, new Calc.Client(c).add(1, 2));
      }
      try (RpcClient c = client(server, "localhost", TestTls.client())) {
        // TLS 1.3 may finish the client's handshake before the server rejects it: either way, no call.
        TransportException e = assertThrows(TransportException.class, () -> new Calc.Client(c).add(1, 2));
        assertTrue(e.kind() == TransportException.Kind.NOT_OPEN || e.kind() == TransportException.Kind.CLOSED, e.toString());
      }
    }
  }
}
