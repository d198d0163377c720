package io.parley.compiler.gen.java;

import java.util.List;

/**
 * A service as the Java templates print it: the handler interface, its client and the package-private
 * class holding the wire structs and the processor.
 *
 * @param baseInterface the extended service's interface, qualified as needed, or empty
 * @param baseClient the extended service's client class, or empty
 * @param baseProcessor an expression for the extended service's processor, or empty
 */
public record ServiceView(
    String packageName, String name, String idlName, String baseInterface, String baseClient,
    String baseProcessor, List<MethodView> methods, List<StructView> wireStructs, List<String> doc) {
  public ServiceView {
    methods = List.copyOf(methods);
    wireStructs = List.copyOf(wireStructs);
    doc = List.copyOf(doc);
  }
}
