package io.parley.compiler.gen;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The UTF-8 encoding of a generated file's text, made a chunk at a time, so that a large file (a
 * Python module of a big schema is tens of megabytes) is never held as bytes whole. Written in
 * small writes besides: FileOutputStream copies a large array into a fresh buffer of its full
 * size, which took 0.24 s for an 84 MB module (fresh memory is slow to touch).
 */
final class TextChunks {
  /** Characters per chunk: small enough to stay in cache, large enough to be few. */
  static final int CHUNK = 64 * 1024;

  private TextChunks() {}

  /** Writes the text of {@code pieces} to {@code out}; no piece may end inside a surrogate pair. */
  static void write(List<String> pieces, OutputStream out) throws IOException {
    for (String piece : pieces) {
      for (int start = 0; start < piece.length(); ) {
        int end = end(piece, start);
        out.write(encode(piece, start, end));
        start = end;
      }
    }
  }

  /** Whether {@code in} holds exactly the text of {@code pieces}; reads no further than a difference. */
  static boolean same(List<String> pieces, InputStream in) throws IOException {
    for (String piece : pieces) {
      for (int start = 0; start < piece.length(); ) {
        int end = end(piece, start);
        byte[] expected = encode(piece, start, end);
        if (!Arrays.equals(expected, in.readNBytes(expected.length))) {
          return false;
        }
        start = end;
      }
    }
    return in.read() < 0;
  }

  /** The end of the chunk from {@code start}: a surrogate pair stays whole, halves would encode as '?'. */
  private static int end(String piece, int start) {
    int end = Math.min(piece.length(), start + CHUNK);
    if (end < piece.length() && Character.isHighSurrogate(piece.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  private static byte[] encode(String piece, int start, int end) {
    return (start == 0 && end == piece.length() ? piece : piece.substring(start, end))
        .getBytes(StandardCharsets.UTF_8);
  }
}
