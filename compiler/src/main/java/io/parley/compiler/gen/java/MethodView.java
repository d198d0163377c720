package io.parley.compiler.gen.java;

import java.util.List;

/**
 * A service method as the Java templates print it.
 *
 * @param signature the Java declaration without modifiers, e.g. {@code int add(int a, int b)}
 * @param clientLines the body of the client's implementation
 * @param processorLines the body of the server-side handler lambda
 */
public record MethodView(
    String idlName, String signature, boolean oneway, List<String> clientLines,
    List<String> processorLines, List<String> doc) {
  public MethodView {
    clientLines = List.copyOf(clientLines);
    processorLines = List.copyOf(processorLines);
    doc = List.copyOf(doc);
  }
}
