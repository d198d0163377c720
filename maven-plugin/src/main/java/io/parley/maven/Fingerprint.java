package io.parley.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A SHA-256 digest built from strings and file contents, used to tell whether anything that
 * shapes the generated code has changed since the last build.
 */
final class Fingerprint {
  private final MessageDigest digest;

  Fingerprint() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Adds {@code value}, delimited so that ("ab", "c") and ("a", "bc") differ. */
  Fingerprint add(String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
    digest.update((byte) ':');
    digest.update(bytes);
    return this;
  }

  /** Adds raw bytes, delimited like strings. */
  Fingerprint add(byte[] bytes) {
    digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
    digest.update((byte) ':');
    digest.update(bytes);
    return this;
  }

  /** Adds every regular file under {@code directory}: relative paths and contents, sorted by path. */
  Fingerprint addTree(Path directory) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(directory)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      add(directory.relativize(file).toString().replace('\\', '/'));
      add(Files.readAllBytes(file));
    }
    return this;
  }

  /** The digest in lower-case hex; the fingerprint should not be used afterwards. */
  String hex() {
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The hex SHA-256 of a file's content. */
  static String ofFile(Path file) throws IOException {
    return new Fingerprint().add(Files.readAllBytes(file)).hex();
  }
}
