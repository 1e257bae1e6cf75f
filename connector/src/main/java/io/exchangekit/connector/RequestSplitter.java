package io.exchangekit.connector;

import java.io.IOException;
import java.io.Reader;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Splits an input into request texts: one JSON object, a JSON array of objects, or objects one
 * after another (JSON lines, or pretty-printed). Streams: a request is handed out as soon as it is
 * complete, so a long stdin feed runs as it arrives. Text that is not an object (a stray word, an
 * unterminated object) becomes a request of its own, which the handler answers with FAILURE.
 */
final class RequestSplitter implements Iterator<String> {
  private final Reader in;
  private int lookahead = -2;
  private String next;
  private boolean inArray;
  private boolean started;

  RequestSplitter(Reader in) {
    this.in = in;
  }

  private int peek() throws IOException {
    if (lookahead == -2) {
      lookahead = in.read();
    }
    return lookahead;
  }

  private int read() throws IOException {
    int c = peek();
    lookahead = -2;
    return c;
  }

  private void skipSeparators() throws IOException {
    while (true) {
      int c = peek();
      if (c == ' '
          || c == '\t'
          || c == '\r'
          || c == '\n'
          || c == '\uFEFF'
          || (inArray && c == ',')) {
        read();
      } else {
        return;
      }
    }
  }

  private String scan() throws IOException {
    skipSeparators();
    if (!started) {
      started = true;
      if (peek() == '[') {
        read();
        inArray = true;
        skipSeparators();
      }
    }
    int c = peek();
    if (c == -1) {
      return null;
    }
    if (inArray && c == ']') {
      read();
      inArray = false;
      return scan();
    }
    StringBuilder b = new StringBuilder();
    if (c != '{') {
      // not an object: take the rest of the line as one bad request
      while (peek() != -1 && peek() != '\n') {
        b.append((char) read());
      }
      return b.toString().strip();
    }
    int depth = 0;
    boolean string = false;
    boolean escape = false;
    while (true) {
      int x = read();
      if (x == -1) {
        return b.toString();
      }
      b.append((char) x);
      if (string) {
        if (escape) {
          escape = false;
        } else if (x == '\\') {
          escape = true;
        } else if (x == '"') {
          string = false;
        }
      } else if (x == '"') {
        string = true;
      } else if (x == '{' || x == '[') {
        depth++;
      } else if (x == '}' || x == ']') {
        depth--;
        if (depth == 0) {
          return b.toString();
        }
      }
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      try {
        next = scan();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException("cannot read requests: " + e.getMessage(), e);
      }
    }
    return next != null;
  }

  @Override
  public String next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    String r = next;
    next = null;
    return r;
  }
}
