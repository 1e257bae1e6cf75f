package io.exchangekit.emulator.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the emulator counted: sessions opened and cmdlet calls by name (calls that reached the
 * organisation, successful or not). The process writes them to a JSON counters file, merged under a
 * file lock so that several processes can share one file: {@code
 * {"sessionsOpened":2,"linesReceived":9,"cmdletCalls":{"Set-Mailbox":3}}}.
 */
public final class Counters {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final AtomicLong sessionsOpened = new AtomicLong();
  private final AtomicLong linesReceived = new AtomicLong();
  private long flushedLines;
  private final Map<String, AtomicLong> calls = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private long flushedSessions;
  private final Map<String, Long> flushedCalls = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

  void lineReceived() {
    linesReceived.incrementAndGet();
  }

  /** Input lines the sessions received (each is one jPowerShell round trip). */
  public long linesReceived() {
    return linesReceived.get();
  }

  void sessionOpened() {
    sessionsOpened.incrementAndGet();
  }

  synchronized void cmdletCalled(String name) {
    calls.computeIfAbsent(name, k -> new AtomicLong()).incrementAndGet();
  }

  public long sessionsOpened() {
    return sessionsOpened.get();
  }

  public synchronized long cmdletCalls(String name) {
    AtomicLong n = calls.get(name);
    return n == null ? 0 : n.get();
  }

  public synchronized long totalCmdletCalls() {
    return calls.values().stream().mapToLong(AtomicLong::get).sum();
  }

  /** Cmdlet calls by cmdlet name. */
  public synchronized Map<String, Long> cmdletCalls() {
    Map<String, Long> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    calls.forEach((k, v) -> out.put(k, v.get()));
    return out;
  }

  /** Reads a counters file written by emulator processes (zero counts if it does not exist). */
  public static Counters read(Path file) {
    Counters c = new Counters();
    try {
      if (!Files.exists(file) || Files.size(file) == 0) {
        return c;
      }
      JsonNode root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
      c.sessionsOpened.set(root.path("sessionsOpened").asLong());
      c.linesReceived.set(root.path("linesReceived").asLong());
      root.path("cmdletCalls")
          .fields()
          .forEachRemaining(e -> c.calls.put(e.getKey(), new AtomicLong(e.getValue().asLong())));
      return c;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read counters file " + file, e);
    }
  }

  /** Adds what was counted since the last flush to the file, under an exclusive file lock. */
  synchronized void flushTo(Path file) {
    try (FileChannel ch =
            FileChannel.open(
                file,
                StandardOpenOption.CREATE,
                StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock = ch.lock()) {
      ByteBuffer buf = ByteBuffer.allocate((int) ch.size());
      while (buf.hasRemaining() && ch.read(buf) > 0) {
        // read the whole file
      }
      String text = new String(buf.array(), StandardCharsets.UTF_8);
      ObjectNode root =
          text.isBlank() ? MAPPER.createObjectNode() : (ObjectNode) MAPPER.readTree(text);
      long s = sessionsOpened.get();
      root.put("sessionsOpened", root.path("sessionsOpened").asLong() + s - flushedSessions);
      flushedSessions = s;
      long l = linesReceived.get();
      root.put("linesReceived", root.path("linesReceived").asLong() + l - flushedLines);
      flushedLines = l;
      ObjectNode callsNode =
          root.has("cmdletCalls")
              ? (ObjectNode) root.get("cmdletCalls")
              : root.putObject("cmdletCalls");
      calls.forEach(
          (k, v) -> {
            long delta = v.get() - flushedCalls.getOrDefault(k, 0L);
            if (delta != 0) {
              callsNode.put(k, callsNode.path(k).asLong() + delta);
              flushedCalls.put(k, v.get());
            }
          });
      byte[] bytes = MAPPER.writeValueAsBytes(root);
      ch.truncate(0);
      ch.write(ByteBuffer.wrap(bytes), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write counters file " + file, e);
    }
  }

  @Override
  public synchronized String toString() {
    return "Counters[sessionsOpened="
        + sessionsOpened.get()
        + ", linesReceived="
        + linesReceived.get()
        + ", cmdletCalls="
        + cmdletCalls()
        + "]";
  }
}
