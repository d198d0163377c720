package io.parley.compiler.ast;

import io.parley.compiler.diag.Location;

/** One {@code key = "value"} annotation; a key without a value has the value {@code "1"}, as in Thrift. */
public record Annotation(Location location, String name, String value) {}
