package io.exchangekit.adapter.powershell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads the child's UTF-8 output and hands on pure ASCII, writing every other character as a JSON
 * {@code \}{@code uXXXX} escape. The envelope is JSON, where non-ASCII text only occurs inside
 * strings, so the escapes decode to the very same characters whatever charset jPowerShell's reader
 * uses (it uses the platform default).
 */
final class AsciiJsonInputStream extends InputStream {
  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);
  private final ByteBuffer raw = ByteBuffer.allocate(8192);
  private final CharBuffer chars = CharBuffer.allocate(8192);
  private byte[] out = new byte[0];
  private int outPos;

  AsciiJsonInputStream(InputStream in) {
    this.in = in;
  }

  @Override
  public synchronized int read() throws IOException {
    if (!fill(true)) {
      return -1;
    }
    return out[outPos++] & 0xff;
  }

  @Override
  public synchronized int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (!fill(true)) {
      return -1;
    }
    int n = Math.min(len, out.length - outPos);
    System.arraycopy(out, outPos, b, off, n);
    outPos += n;
    return n;
  }

  @Override
  public synchronized int available() throws IOException {
    if (outPos < out.length) {
      return out.length - outPos;
    }
    return in.available() > 0 ? 1 : 0;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** Makes sure translated bytes are ready; false at the end of the stream. */
  private boolean fill(boolean block) throws IOException {
    while (outPos >= out.length) {
      int n = in.read(raw.array(), raw.position(), raw.remaining());
      if (n < 0) {
        if (raw.position() == 0) {
          return false;
        }
        raw.flip();
        raw.clear(); // a truncated UTF-8 sequence at the very end is dropped
        return false;
      }
      raw.position(raw.position() + n);
      raw.flip();
      chars.clear();
      decoder.decode(raw, chars, false);
      raw.compact();
      chars.flip();
      out = translate(chars);
      outPos = 0;
      if (!block) {
        break;
      }
    }
    return true;
  }

  private static byte[] translate(CharBuffer chars) {
    int extra = 0;
    for (int i = chars.position(); i < chars.limit(); i++) {
      if (chars.get(i) >= 0x80) {
        extra += 5;
      }
    }
    byte[] b = new byte[chars.remaining() + extra];
    int p = 0;
    while (chars.hasRemaining()) {
      char c = chars.get();
      if (c < 0x80) {
        b[p++] = (byte) c;
      } else {
        b[p++] = '\\';
        b[p++] = 'u';
        b[p++] = HEX[(c >> 12) & 0xf];
        b[p++] = HEX[(c >> 8) & 0xf];
        b[p++] = HEX[(c >> 4) & 0xf];
        b[p++] = HEX[c & 0xf];
      }
    }
    return b;
  }
}
