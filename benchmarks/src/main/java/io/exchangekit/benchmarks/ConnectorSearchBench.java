package io.exchangekit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.exchangekit.emulator.exchange.EmulatorLauncher;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * SEARCH of N mailboxes through the connector jar run as users run it ({@code java -Xmx256m -jar
 * exchangekit-connector.jar --config FILE}), against the Exchange emulator's process entry point
 * started by real jPowerShell as the on-premises backend's PowerShell executable. The organisation
 * lives in that emulator process, so the connector's heap holds only what the connector itself
 * keeps. Peak heap comes from the connector JVM's own GC log ({@code -Xlog:gc}): the largest heap
 * in use before a collection (garbage included) and the largest right after one (what was live).
 *
 * <p>Arguments: {@code JAR [--queue] [COUNT…]} (default counts 10000 100000; {@code --queue}: over
 * RabbitMQ); {@code -Dbench.heap=256m}. Prints one Markdown row per count on standard output.
 */
public final class ConnectorSearchBench {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern GC = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

  private ConnectorSearchBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: ConnectorSearchBench JAR [--queue] [COUNT...]");
      System.exit(2);
    }
    Path jar = Path.of(args[0]).toAbsolutePath();
    List<Integer> counts = new ArrayList<>();
    boolean queue = false;
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("--queue")) {
        queue = true;
      } else {
        counts.add(Integer.parseInt(args[i].replace("_", "").replace(",", "")));
      }
    }
    if (counts.isEmpty()) {
      counts = List.of(10_000, 100_000);
    }
    String heap = System.getProperty("bench.heap", "256m");
    Path dir = Files.createTempDirectory("exchangekit-connector-search-");
    try {
      System.out.println("| Figure | Measured | What it includes |");
      System.out.println("|---|---|---|");
      for (int count : counts) {
        System.out.println(queue ? overQueue(jar, dir, count, heap) : run(jar, dir, count, heap));
      }
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  /**
   * The same SEARCH sent over RabbitMQ (localhost:5672 or EXCHANGEKIT_RABBITMQ_URI) to the jar
   * consuming a queue, its reply collected in pages ({@code -Dbench.maxReplyBytes}, default the
   * connector's).
   */
  private static String overQueue(Path jar, Path dir, int count, String heap) throws Exception {
    String uri =
        System.getenv()
            .getOrDefault("EXCHANGEKIT_RABBITMQ_URI", "amqp://guest:guest@localhost:5672/%2f");
    String queue = "exchangekit-bench-" + java.util.UUID.randomUUID();
    String extra =
        "rabbitmq.uri="
            + uri
            + "\nrabbitmq.queue="
            + queue
            + "\n"
            + (System.getProperty("bench.maxReplyBytes") == null
                ? ""
                : "rabbitmq.maxReplyBytes=" + System.getProperty("bench.maxReplyBytes") + "\n");
    Path config = config(dir, count, extra);
    Path gcLog = dir.resolve("gc-queue-" + count + ".log");
    Path stderr = dir.resolve("connector-queue-" + count + ".err");
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                "-Xlog:gc:file=" + gcLog,
                "-jar",
                jar.toString(),
                "--config",
                config.toString())
            .redirectError(stderr.toFile())
            .redirectOutput(dir.resolve("connector-queue-" + count + ".out").toFile())
            .start();
    com.rabbitmq.client.ConnectionFactory f = new com.rabbitmq.client.ConnectionFactory();
    f.setUri(uri);
    java.util.concurrent.atomic.AtomicLong bytes = new java.util.concurrent.atomic.AtomicLong();
    java.util.concurrent.atomic.AtomicLong largest = new java.util.concurrent.atomic.AtomicLong();
    java.util.concurrent.atomic.AtomicInteger pages =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.CountDownLatch last = new java.util.concurrent.CountDownLatch(1);
    java.io.ByteArrayOutputStream whole = new java.io.ByteArrayOutputStream();
    String name = String.format(Locale.ROOT, "SEARCH of %,d mailboxes over RabbitMQ", count);
    try (com.rabbitmq.client.Connection c = f.newConnection("exchangekit-bench")) {
      com.rabbitmq.client.Channel ch = c.createChannel();
      ch.queueDeclare(queue, true, false, false, null);
      String replies = ch.queueDeclare().getQueue();
      ch.basicConsume(
          replies,
          true,
          (tag, d) -> {
            pages.incrementAndGet();
            bytes.addAndGet(d.getBody().length);
            largest.accumulateAndGet(d.getBody().length, Math::max);
            synchronized (whole) {
              whole.write(d.getBody());
            }
            if (Boolean.TRUE.equals(d.getProperties().getHeaders().get("exchangekit-last-page"))) {
              last.countDown();
            }
          },
          tag -> {});
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
      while (!Files.readString(stderr).contains("consuming ")) {
        if (!p.isAlive() || System.nanoTime() > deadline) {
          return "| " + name + " | did not start: " + lastLine(stderr) + " | |";
        }
        Thread.sleep(100);
      }
      long start = System.nanoTime();
      ch.basicPublish(
          "",
          queue,
          new com.rabbitmq.client.AMQP.BasicProperties.Builder()
              .correlationId("bench")
              .replyTo(replies)
              .build(),
          ("{\"requestId\":\"s\",\"operation\":\"SEARCH\",\"objectType\":\"USER\","
                  + "\"searchQuery\":\"Get-Mailbox\","
                  + "\"requestedAttributes\":[\"PrimarySmtpAddress\",\"Database\",\"Alias\"]}")
              .getBytes(StandardCharsets.UTF_8));
      boolean done = last.await(30, TimeUnit.MINUTES);
      double seconds = (System.nanoTime() - start) / 1e9;
      ch.queueDelete(queue);
      p.destroy();
      p.waitFor(60, TimeUnit.SECONDS);
      if (!done) {
        return "| " + name + " | did not complete: " + lastLine(stderr) + " | |";
      }
      JsonNode search;
      synchronized (whole) {
        search = JSON.readTree(whole.toByteArray());
      }
      int objects = search.path("objects").size();
      return String.format(
          Locale.ROOT,
          "| %s | %s, %,d objects in %.1f s including the session's start = %,.0f records/s;"
              + " %d pages, largest %,d bytes, %.1f MB in all; %s | java -Xmx%s -jar"
              + " exchangekit-connector.jar --config (as above, plus rabbitmq.uri/queue%s);"
              + " the requester publishes one SEARCH and concatenates the pages |",
          name,
          search.path("status").asText(),
          objects,
          seconds,
          objects / seconds,
          pages.get(),
          largest.get(),
          bytes.get() / 1048576.0,
          gcSummary(gcLog),
          heap,
          System.getProperty("bench.maxReplyBytes") == null
              ? ""
              : ", rabbitmq.maxReplyBytes=" + System.getProperty("bench.maxReplyBytes"));
    } finally {
      if (p.isAlive()) {
        p.destroyForcibly();
      }
    }
  }

  private static Path config(Path dir, int count, String extra) throws IOException {
    Path organisation = dir.resolve("organisation-" + count + ".json");
    if (!Files.exists(organisation)) {
      Files.writeString(
          organisation, Workload.organisationJson(count, count), StandardCharsets.UTF_8);
    }
    Path launcher =
        EmulatorLauncher.writeScript(
            dir, "--version", "2019", "--organisation", organisation.toString());
    Path config = Files.createTempFile(dir, "connector-" + count + "-", ".properties");
    Files.writeString(
        config,
        String.join(
                "\n",
                "premise.server=ex01.contoso.com",
                "premise.exchange.version=2019",
                "premise.wsman.linuxClient=true",
                "premise.powershell.executable=" + launcher.toString().replace("\\", "\\\\"),
                "premise.pool.maxSessions=1",
                "premise.timeout.searchSeconds=1800",
                "premise.timeout.callSeconds=600",
                "")
            + extra,
        StandardCharsets.UTF_8);
    return config;
  }

  private static String run(Path jar, Path dir, int count, String heap)
      throws IOException, InterruptedException {
    Path config = config(dir, count, "");
    String requests =
        "{\"requestId\":\"t\",\"operation\":\"TEST\"}\n"
            + "{\"requestId\":\"s\",\"operation\":\"SEARCH\",\"objectType\":\"USER\","
            + "\"searchQuery\":\"Get-Mailbox\","
            + "\"requestedAttributes\":[\"PrimarySmtpAddress\",\"Database\",\"Alias\"]}\n";
    Path gcLog = dir.resolve("gc-" + count + ".log");
    Path stderr = dir.resolve("connector-" + count + ".err");
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx" + heap,
            "-Xlog:gc:file=" + gcLog,
            "-jar",
            jar.toString(),
            "--config",
            config.toString());
    Process p = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
    try (var in = p.getOutputStream()) {
      in.write(requests.getBytes(StandardCharsets.UTF_8));
    }
    // read standard output as it arrives: when each line starts and ends
    List<StringBuilder> lines = new ArrayList<>();
    List<long[]> times = new ArrayList<>(); // {first char, end of line}
    StringBuilder current = null;
    try (Reader out = new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)) {
      char[] buf = new char[65536];
      int n;
      while ((n = out.read(buf)) >= 0) {
        long now = System.nanoTime();
        for (int i = 0; i < n; i++) {
          if (current == null) {
            current = new StringBuilder();
            lines.add(current);
            times.add(new long[] {now, 0});
          }
          if (buf[i] == '\n') {
            times.get(times.size() - 1)[1] = now;
            current = null;
          } else {
            current.append(buf[i]);
          }
        }
      }
    }
    boolean ended = p.waitFor(30, TimeUnit.MINUTES);
    int exit = ended ? p.exitValue() : -1;
    if (!ended) {
      p.destroyForcibly();
    }
    String name = String.format(Locale.ROOT, "SEARCH of %,d mailboxes, connector jar", count);
    String how =
        "java -Xmx"
            + heap
            + " -jar exchangekit-connector.jar --config (on-premises backend; PowerShell"
            + " executable: the emulator's process entry point holding the organisation, started"
            + " by jPowerShell); requests TEST then SEARCH Get-Mailbox with 3 requested"
            + " attributes; peak heap from the connector JVM's -Xlog:gc";
    String gc = gcSummary(gcLog);
    if (lines.size() < 2 || times.get(1)[1] == 0) {
      return "| "
          + name
          + " | did not complete (exit "
          + exit
          + "; "
          + lines.size()
          + " lines; "
          + lastLine(stderr)
          + "; "
          + gc
          + ") | "
          + how
          + " |";
    }
    JsonNode search = JSON.readTree(lines.get(1).toString());
    int objects = search.path("objects").size();
    double seconds = (times.get(1)[1] - times.get(0)[1]) / 1e9;
    double firstByte = (times.get(1)[0] - times.get(0)[1]) / 1e9;
    return String.format(
        Locale.ROOT,
        "| %s | %s, %,d objects in %.1f s = %,.0f records/s (first byte after %.2f s; %.1f MB"
            + " line); %s | %s |",
        name,
        search.path("status").asText(),
        objects,
        seconds,
        objects / seconds,
        firstByte,
        lines.get(1).length() / 1048576.0,
        gc,
        how);
  }

  /** Peak heap before a collection and after one, and the number of collections. */
  private static String gcSummary(Path gcLog) throws IOException {
    if (!Files.exists(gcLog)) {
      return "no GC log";
    }
    long before = 0;
    long after = 0;
    int collections = 0;
    boolean fullCollections = false;
    for (String line : Files.readAllLines(gcLog, StandardCharsets.UTF_8)) {
      Matcher m = GC.matcher(line);
      if (m.find()) {
        collections++;
        before = Math.max(before, Long.parseLong(m.group(1)));
        after = Math.max(after, Long.parseLong(m.group(2)));
      }
      fullCollections |= line.contains("Pause Full");
    }
    return String.format(
        Locale.ROOT,
        "peak heap %d MB before GC, %d MB live after GC (%d collections%s)",
        before,
        after,
        collections,
        fullCollections ? ", full collections" : "");
  }

  private static String lastLine(Path f) throws IOException {
    if (!Files.exists(f)) {
      return "";
    }
    List<String> all = Files.readAllLines(f, StandardCharsets.UTF_8);
    for (int i = all.size() - 1; i >= 0; i--) {
      if (!all.get(i).isBlank()) {
        String l = all.get(i).strip();
        return l.length() > 200 ? l.substring(0, 200) : l;
      }
    }
    return "";
  }
}
