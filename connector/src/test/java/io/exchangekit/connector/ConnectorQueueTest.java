package io.exchangekit.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Connector instances as real child processes on one RabbitMQ queue (the broker the test command
 * starts), each with its embedded emulators slowed to 40 ms per cmdlet so that requests are in
 * flight when an instance is stopped.
 */
class ConnectorQueueTest {
  static final URI BROKER =
      URI.create(
          System.getenv()
              .getOrDefault("EXCHANGEKIT_RABBITMQ_URI", "amqp://guest:guest@localhost:5672/%2f"));

  @TempDir Path dir;
  private final List<Process> instances = new ArrayList<>();
  private Connection connection;
  private Channel channel;
  private String queue;
  private String replies;
  private final Map<String, List<String>> answers = new ConcurrentHashMap<>();

  @BeforeEach
  void connect() throws Exception {
    ConnectionFactory f = new ConnectionFactory();
    f.setUri(BROKER);
    connection = f.newConnection("exchangekit-connector-test");
    channel = connection.createChannel();
    queue = "exchangekit-connector-test-" + UUID.randomUUID();
    replies = queue + "-replies";
    channel.queueDeclare(queue, true, false, false, null);
    channel.queueDeclare(replies, true, false, false, null);
    channel.basicConsume(
        replies,
        true,
        (tag, d) ->
            answers
                .computeIfAbsent(
                    d.getProperties().getCorrelationId(), k -> new CopyOnWriteArrayList<>())
                .add(new String(d.getBody(), StandardCharsets.UTF_8)),
        tag -> {});
  }

  @AfterEach
  void cleanUp() throws Exception {
    for (Process p : instances) {
      p.destroyForcibly().waitFor();
    }
    channel.queueDelete(queue);
    channel.queueDelete(replies);
    connection.close();
  }

  Process startInstance(String name) throws Exception {
    Path log = dir.resolve(name + ".log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                ConnectorMain.class.getName(),
                "--rabbitmq",
                BROKER.toString(),
                "--queue",
                queue,
                "--emulator-faults",
                "latency=40")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    instances.add(p);
    await(
        () -> read(log).contains("consuming"), Duration.ofSeconds(60), name + " to start: " + log);
    return p;
  }

  static String read(Path f) {
    try {
      return Files.exists(f) ? Files.readString(f) : "";
    } catch (Exception e) {
      return "";
    }
  }

  String send(String request) throws Exception {
    String id = UUID.randomUUID().toString();
    channel.basicPublish(
        "",
        queue,
        new AMQP.BasicProperties.Builder()
            .correlationId(id)
            .replyTo(replies)
            .deliveryMode(2)
            .build(),
        request.getBytes(StandardCharsets.UTF_8));
    return id;
  }

  static void await(BooleanSupplier c, Duration timeout, String what) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (!c.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(50);
    }
  }

  static String create(int i) {
    return "{\"requestId\":\"c"
        + i
        + "\",\"operation\":\"SAVE\",\"objectType\":\"USER\",\"identityName\":\"user"
        + i
        + "@contoso.com\",\"metaData\":{\"login\":\"CONTOSO\\\\svc\"},\"attributes\":["
        + "{\"name\":\"ConnectorModeSettings\",\"values\":[\"{\\\"connectorScope\\\":\\\"premise\\\",\\\"newUserBehavior\\\":\\\"create\\\"}\"]},"
        + "{\"name\":\"Name\",\"values\":[\"User "
        + i
        + "\"]},{\"name\":\"Password\",\"values\":[\"Pa55-word-"
        + i
        + "\"]},{\"name\":\"HiddenFromAddressListsEnabled\",\"values\":[\"True\"]}]}";
  }

  @Test
  void givenTwoInstancesAndOneKilledMidBatch_queue_answersEveryRequestWithOneOutcome()
      throws Exception {
    Process a = startInstance("a");
    startInstance("b");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      ids.add(send(create(i)));
    }
    await(() -> answers.size() >= 8, Duration.ofSeconds(60), "the first answers");
    a.destroyForcibly();
    await(() -> answers.keySet().containsAll(ids), Duration.ofSeconds(90), "every answer");
    for (String id : ids) {
      List<String> got = answers.get(id);
      assertEquals(
          1, got.stream().map(ConnectorQueueTest::status).distinct().count(), got.toString());
      assertTrue(got.get(0).contains("\"status\":\"SUCCESS\""), got.get(0));
    }
    assertEquals(0, channel.messageCount(queue), "nothing left unacknowledged");
  }

  @Test
  void givenAGracefulStop_queue_finishesOrReturnsTheRequestsInFlight() throws Exception {
    Process a = startInstance("a");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      ids.add(send(create(i)));
    }
    await(() -> answers.size() >= 3, Duration.ofSeconds(60), "the first answers");
    a.destroy(); // SIGTERM: the shutdown hook finishes what is in flight
    a.waitFor();
    Thread.sleep(300);
    long answered = ids.stream().filter(answers::containsKey).count();
    long waiting = channel.messageCount(queue);
    assertEquals(20, answered + waiting, answered + " answered, " + waiting + " waiting");
    assertTrue(answers.values().stream().allMatch(l -> l.size() == 1));
    startInstance("b");
    await(() -> answers.keySet().containsAll(ids), Duration.ofSeconds(60), "the rest");
  }

  static String status(String response) {
    int i = response.indexOf("\"status\":\"");
    return response.substring(i + 10, response.indexOf('"', i + 10));
  }
}
