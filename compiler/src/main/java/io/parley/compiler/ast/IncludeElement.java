package io.parley.compiler.ast;

import io.parley.compiler.diag.Location;

/** {@code include "path.thrift"}; {@code path} is the literal's text. */
public record IncludeElement(Location location, String path) {}
