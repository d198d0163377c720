package io.parley.runtime.rpc;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The methods of one service, by name, as the server dispatches them. Immutable. */
public final class ServiceProcessor {
  /** One method: its handler and whether it is oneway. */
  public record Method(String name, boolean oneway, MethodHandler handler) {}

  private final String serviceName;
  private final Map<String, Method> methods;

  private ServiceProcessor(String serviceName, Map<String, Method> methods) {
    this.serviceName = serviceName;
    this.methods = Map.copyOf(methods);
  }

  /** Starts a processor for the service named {@code serviceName} in the IDL. */
  public static Builder builder(String serviceName) {
    return new Builder(serviceName);
  }

  /** The service's name, used as the multiplexing prefix ({@code Service:method}). */
  public String serviceName() {
    return serviceName;
  }

  /** The method called {@code name}, if this service (or one it extends) has it. */
  public Optional<Method> method(String name) {
    return Optional.ofNullable(methods.get(name));
  }

  /** Collects the methods of a processor. */
  public static final class Builder {
    private final String serviceName;
    private final Map<String, Method> methods = new LinkedHashMap<>();

    private Builder(String serviceName) {
      this.serviceName = Objects.requireNonNull(serviceName, "serviceName == null");
    }

    /** Adds a method that answers with a reply. */
    public Builder method(String name, MethodHandler handler) {
      methods.put(name, new Method(name, false, handler));
      return this;
    }

    /** Adds a oneway method: no reply is ever written. */
    public Builder oneway(String name, MethodHandler handler) {
      methods.put(name, new Method(name, true, handler));
      return this;
    }

    /** Adds every method of a base service (for {@code extends}). */
    public Builder inherit(ServiceProcessor base) {
      base.methods.forEach(methods::putIfAbsent);
      return this;
    }

    public ServiceProcessor build() {
      return new ServiceProcessor(serviceName, methods);
    }
  }
}
