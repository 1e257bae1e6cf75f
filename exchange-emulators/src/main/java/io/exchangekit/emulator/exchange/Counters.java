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
 * What the emulator counted: sessions opened, cmdlet calls by name (calls that reached the
 * organisation, successful or not) and remote calls (input lines answered: the round trips a client
 * pays for, however many cmdlets each ran), in all and per session. The process writes them to a
 * JSON counters file, merged under a file lock so that several processes can share one file: {@code
 * {"sessionsOpened":2,"linesReceived":9,"remoteCalls":8,"remoteCallsBySession":{"pid-41":8},
 * "cmdletCalls":{"Set-Mailbox":3}}}.
 */
public final class Counters {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final AtomicLong sessionsOpened = new AtomicLong();
  private final AtomicLong linesReceived = new AtomicLong();
  private long flushedLines;
  private final Map<String, AtomicLong> calls = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private long flushedSessions;
  private final Map<String, Long> flushedCalls = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private final Map<String, AtomicLong> remoteCalls = new TreeMap<>();
  private final Map<String, Long> flushedRemoteCalls = new TreeMap<>();

  synchronized void remoteCallAnswered(String session) {
    remoteCalls.computeIfAbsent(session, k -> new AtomicLong()).incrementAndGet();
  }

  /** Remote calls answered, by all sessions. */
  public synchronized long remoteCalls() {
    return remoteCalls.values().stream().mapToLong(AtomicLong::get).sum();
  }

  /**
   * Remote calls answered, by session ({@code in-process-N} for an {@link EmulatorSession}, {@code
   * pid-N} for an emulator process).
   */
  public synchronized Map<String, Long> remoteCallsBySession() {
    Map<String, Long> out = new TreeMap<>();
    remoteCalls.forEach((k, v) -> out.put(k, v.get()));
    return out;
  }

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
      root.path("remoteCallsBySession")
          .fields()
          .forEachRemaining(
              e -> c.remoteCalls.put(e.getKey(), new AtomicLong(e.getValue().asLong())));
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
      ObjectNode bySession =
          root.has("remoteCallsBySession")
              ? (ObjectNode) root.get("remoteCallsBySession")
              : root.putObject("remoteCallsBySession");
      remoteCalls.forEach(
          (k, v) -> {
            long delta = v.get() - flushedRemoteCalls.getOrDefault(k, 0L);
            if (delta != 0) {
              bySession.put(k, bySession.path(k).asLong() + delta);
              flushedRemoteCalls.put(k, v.get());
            }
          });
      long total = 0;
      for (var it = bySession.elements(); it.hasNext(); ) {
        total += it.next().asLong();
      }
      root.put("remoteCalls", total);
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
        + ", remoteCalls="
        + remoteCalls()
        + ", cmdletCalls="
        + cmdletCalls()
        + "]";
  }
}
