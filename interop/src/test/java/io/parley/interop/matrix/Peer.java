package io.parley.interop.matrix;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One implementation of the conformance contract that the matrix can start as a process: a test
 * server or a test client of Parley or of Apache Thrift, in one language.
 *
 * @param name shown in the matrix, e.g. {@code parley-java} or {@code thrift-python (PyPI)}
 * @param protocols what it speaks, of {@code binary compact multi multic}
 * @param transports what it speaks, of {@code buffered framed}
 * @param uuid whether it implements {@code testUuid} (clients skip it against servers that do not)
 * @param launcher builds the command for one cell
 * @param unavailable why it cannot run on this machine (a missing tool or library), if so
 */
public record Peer(
    String name, Role role, Set<String> protocols, Set<String> transports, boolean uuid,
    Launcher launcher, Optional<String> unavailable) {

  /** Whether the peer serves or calls. */
  public enum Role { SERVER, CLIENT }

  /** The options of one cell, as Apache Thrift's cross-test runner passes them. */
  public record Cell(String host, int port, String protocol, String transport, boolean skipUuid) {}

  /** A process to start: its command line, environment additions and working directory. */
  public record Launch(List<String> command, Map<String, String> environment) {}

  /** Makes the launch of a peer for one cell. */
  @FunctionalInterface
  public interface Launcher {
    Launch launch(Cell cell) throws Exception;
  }
}
