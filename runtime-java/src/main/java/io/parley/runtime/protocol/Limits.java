package io.parley.runtime.protocol;

/**
 * Bounds on what a peer may make this side allocate or recurse into; checked before allocating.
 * The defaults follow Apache Thrift's TConfiguration.
 *
 * @param maxFrameSize the largest frame a framed transport accepts, in bytes
 * @param maxMessageSize the largest message, in bytes
 * @param maxStringLength the longest string or binary, in bytes
 * @param maxContainerSize the most elements in a list, set or map
 * @param maxDepth the deepest nesting of structs and containers, also while skipping
 */
public record Limits(int maxFrameSize, int maxMessageSize, int maxStringLength, int maxContainerSize, int maxDepth) {
  /** Apache Thrift's defaults: 16,384,000-byte frames, 100 MB messages, depth 64. */
  public static final Limits DEFAULT = new Limits(16_384_000, 100 * 1024 * 1024, 16_384_000, 16_384_000, 64);

  public Limits {
    if (maxFrameSize <= 0 || maxMessageSize <= 0 || maxStringLength < 0 || maxContainerSize < 0 || maxDepth <= 0) {
      throw new IllegalArgumentException("limits must be positive: " + this);
    }
  }
}
