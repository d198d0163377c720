package io.parley.compiler;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this build of Parley, as Maven stamped it. */
public final class Version {
  private Version() {}

  /** The version string, e.g. {@code 0.1.0}; {@code unknown} outside a Maven build. */
  public static String get() {
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
