package io.parley.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BytesTest {
  private static final byte[] AROUND = {9, 1, 2, 3, 9};

  @Test
  void aViewEqualsACopyOfItsRange() {
    Bytes view = Bytes.wrap(AROUND, 1, 3);
    Bytes copy = Bytes.copyOf(new byte[] {1, 2, 3});
    assertEquals(copy, view);
    assertEquals(view, copy);
    assertEquals(Arrays.hashCode(new byte[] {1, 2, 3}), view.hashCode());
    assertEquals(copy.hashCode(), view.hashCode());
    assertEquals(3, view.size());
    assertEquals(1, view.get(0));
    assertEquals(3, view.get(2));
    assertEquals("Bytes[3: 010203]", view.toString());
    assertNotEquals(Bytes.wrap(AROUND, 0, 3), view);
  }

  @Test
  void aViewStaysInsideItsRange() {
    Bytes view = Bytes.wrap(AROUND, 1, 3);
    assertThrows(IndexOutOfBoundsException.class, () -> view.get(3));
    assertThrows(IndexOutOfBoundsException.class, () -> view.get(-1));
    assertArrayEquals(new byte[] {1, 2, 3}, view.toByteArray());
    assertArrayEquals(new byte[] {1, 2, 3}, view.unsafeArray());
    ByteBuffer buffer = view.asReadOnlyBuffer();
    assertEquals(0, buffer.position());
    assertEquals(3, buffer.remaining());
    assertEquals(1, buffer.get(0));
    assertThrows(ReadOnlyBufferException.class, () -> buffer.put(0, (byte) 0));
    assertThrows(IndexOutOfBoundsException.class, () -> Bytes.wrap(AROUND, 3, 3));
    assertThrows(IndexOutOfBoundsException.class, () -> Bytes.wrap(AROUND, -1, 1));
    assertThrows(IndexOutOfBoundsException.class, () -> Bytes.copyOf(AROUND, 2, -1));
  }

  @Test
  void copiesDoNotFollowTheSource() {
    byte[] source = {1, 2, 3};
    Bytes copy = Bytes.copyOf(source);
    Bytes range = Bytes.copyOf(source, 1, 2);
    source[1] = 7;
    assertEquals(Bytes.copyOf(new byte[] {1, 2, 3}), copy);
    assertEquals(Bytes.copyOf(new byte[] {2, 3}), range);
    assertSame(Bytes.EMPTY, Bytes.copyOf(source, 3, 0));
  }

  @Test
  void aWholeArrayIsItsOwnBackingArray() {
    byte[] whole = {1, 2};
    Bytes b = Bytes.wrap(whole);
    assertSame(whole, b.unsafeArray());
    assertSame(whole, b.backingArray());
    assertEquals(0, b.backingOffset());
    Bytes view = Bytes.wrap(AROUND, 1, 3);
    assertSame(AROUND, view.backingArray());
    assertEquals(1, view.backingOffset());
    assertNotSame(AROUND, view.unsafeArray());
  }
}
