package io.parley.interop;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** Whether the {@code openssl} command runs here; the TLS test key is made with it. */
final class OpensslCheck {
  private OpensslCheck() {}

  static boolean available() {
    try {
      Process p = new ProcessBuilder("openssl", "version").redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
