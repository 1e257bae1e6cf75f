package io.exchangekit.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two processes of the built jar consuming one real RabbitMQ queue (the broker the test command
 * starts, or EXCHANGEKIT_RABBITMQ_URI), with a requester playing OpenIAM's side: requests published
 * with reply_to and correlation_id, answers collected from its reply queue. Each process runs its
 * own embedded emulators, so every request names its own identity.
 */
class QueueJarIT {
  private static final URI BROKER =
      URI.create(
          System.getenv()
              .getOrDefault("EXCHANGEKIT_RABBITMQ_URI", "amqp://guest:guest@localhost:5672/%2f"));
  private static final Duration START = Duration.ofSeconds(60);
  private static final Duration ANSWERS = Duration.ofSeconds(60);
  // the consumer finishes what is in flight for up to 30 s on SIGTERM
  private static final Duration STOP = Duration.ofSeconds(45);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern HANDLED = Pattern.compile("OpenIAM \\S+ \\S+ request (\\S+): ");
  private static final String POISON = "this is not JSON {";

  private Connection connection;
  private Channel channel;
  private String queue;
  private String replyQueue;
  private final Map<String, List<String>> replies = new ConcurrentHashMap<>();

  @BeforeEach
  void connect() throws Exception {
    ConnectionFactory f = new ConnectionFactory();
    f.setUri(BROKER);
    try {
      connection = f.newConnection("exchangekit-jar-it-requester");
    } catch (IOException e) {
      throw new IllegalStateException(
          "no RabbitMQ broker at localhost:5672 or EXCHANGEKIT_RABBITMQ_URI: run"
              + " scripts/rabbitmq.sh start (scripts/test.sh does)",
          e);
    }
    channel = connection.createChannel();
    // declared as the connector declares it: durable, shared, kept
    queue = "exchangekit-jar-it-" + UUID.randomUUID();
    channel.queueDeclare(queue, true, false, false, null);
    replyQueue = channel.queueDeclare().getQueue(); // server-named, exclusive to this requester
    channel.basicConsume(
        replyQueue,
        true,
        (tag, d) ->
            replies
                .computeIfAbsent(
                    String.valueOf(d.getProperties().getCorrelationId()),
                    k -> new CopyOnWriteArrayList<>())
                .add(new String(d.getBody(), StandardCharsets.UTF_8)),
        tag -> {});
  }

  @AfterEach
  void cleanUp() throws Exception {
    if (channel != null) {
      channel.queueDelete(queue);
    }
    if (connection != null) {
      connection.close();
    }
  }

  @Test
  void givenTwoJarProcessesOnOneQueue_requests_areEachAnsweredOnceAndNothingIsLeftAfterSigterm()
      throws Exception {
    try (JarProcess a = consumer("queue-a");
        JarProcess b = consumer("queue-b")) {
      a.awaitStderr("consuming", START);
      b.awaitStderr("consuming", START);

      // correlation id -> the request id and outcome its answer must carry
      Map<String, String> expected = new LinkedHashMap<>();
      for (int i = 0; i < 24; i++) {
        expected.put(send(create("q-" + i, "jar-user" + i, "J")), "q-" + i + " SUCCESS");
      }
      for (int i = 24; i < 28; i++) {
        expected.put(
            send(create("q-" + i, "jar-user" + i, "ABCDEFG")),
            "q-" + i + " FAILURE invalidAttribute");
      }
      String poison = send(POISON);
      expected.put(poison, "null FAILURE malformedRequest");

      await(() -> replies.keySet().containsAll(expected.keySet()), ANSWERS);
      int exitA = a.stop(STOP);
      int exitB = b.stop(STOP);
      Thread.sleep(300); // a duplicate answer would be in flight no longer

      Map<String, String> actual = new LinkedHashMap<>();
      for (String correlationId : expected.keySet()) {
        List<String> answers = replies.get(correlationId);
        assertEquals(1, answers.size(), "exactly one answer to " + correlationId + ": " + answers);
        actual.put(correlationId, outcome(answers.get(0)));
      }
      assertEquals(expected, actual);
      assertEquals(expected.keySet(), replies.keySet(), "no answer to anything else");

      AMQP.Queue.DeclareOk left = channel.queueDeclarePassive(queue);
      assertEquals(0, left.getMessageCount(), "nothing left on the queue");
      assertEquals(0, left.getConsumerCount(), "both consumers gone");

      Set<String> byA = handled(a);
      Set<String> byB = handled(b);
      assertFalse(byA.isEmpty(), "a took part: " + a.stderr());
      assertFalse(byB.isEmpty(), "b took part: " + b.stderr());
      Set<String> all = new HashSet<>(byA);
      assertTrue(all.addAll(byB) && all.size() == byA.size() + byB.size(), "handled once: " + all);
      assertEquals(28, all.size(), "every request handled by one of them: " + all);
      String logs = a.stderr() + b.stderr();
      assertEquals(1, count(logs, "malformedRequest"), "the poison message is not redelivered");

      for (JarProcess p : List.of(a, b)) {
        String err = p.stderr();
        assertEquals(JarProcess.EXIT_ON_SIGTERM, p == a ? exitA : exitB, p.name() + ": " + err);
        assertTrue(err.contains("stopped consuming " + queue), p.name() + ": " + err);
        assertFalse(err.contains("ERROR") || err.contains("Exception"), p.name() + ": " + err);
        assertFalse(err.contains("Pa55-word-"), p.name() + " logs no password");
        assertEquals("", p.stdout(), "responses go to reply_to, not to standard output");
      }
    }
  }

  private JarProcess consumer(String name) throws IOException {
    return JarProcess.start(name, "", "--rabbitmq", BROKER.toString(), "--queue", queue);
  }

  private String send(String body) throws IOException {
    String correlationId = UUID.randomUUID().toString();
    channel.basicPublish(
        "",
        queue,
        new AMQP.BasicProperties.Builder()
            .correlationId(correlationId)
            .replyTo(replyQueue)
            .deliveryMode(2)
            .contentType("application/json")
            .build(),
        body.getBytes(StandardCharsets.UTF_8));
    return correlationId;
  }

  /** A premise + create SAVE: New-Mailbox for a new identity (Initials: at most 6 characters). */
  private static String create(String requestId, String user, String initials) {
    ObjectNode r = request(requestId, "SAVE", user);
    ArrayNode attributes = r.putArray("attributes");
    attribute(
        attributes,
        "ConnectorModeSettings",
        "{\"connectorScope\":\"premise\",\"newUserBehavior\":\"create\"}");
    attribute(attributes, "Name", "Jar " + user);
    attribute(attributes, "Initials", initials);
    attribute(attributes, "Password", "Pa55-word-" + requestId);
    return r.toString();
  }

  private static ObjectNode request(String requestId, String operation, String user) {
    ObjectNode r = JSON.createObjectNode();
    r.put("requestId", requestId);
    r.put("operation", operation);
    r.put("objectType", "USER");
    r.put("identityName", user + "@contoso.com");
    r.putObject("metaData").put("login", "CONTOSO\\svc");
    return r;
  }

  private static void attribute(ArrayNode attributes, String name, String value) {
    ObjectNode a = attributes.addObject();
    a.put("name", name);
    a.putArray("values").add(value);
  }

  private static String outcome(String response) throws IOException {
    JsonNode r = JSON.readTree(response);
    String code = r.path("errorCode").isNull() ? "" : " " + r.path("errorCode").asText();
    return r.path("requestId").asText("null") + " " + r.path("status").asText() + code;
  }

  /** The request ids a process's log says it answered. */
  private static Set<String> handled(JarProcess p) {
    Set<String> ids = new HashSet<>();
    Matcher m = HANDLED.matcher(p.stderr());
    while (m.find()) {
      assertTrue(ids.add(m.group(1)), p.name() + " handled " + m.group(1) + " twice");
    }
    return ids;
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  private void await(BooleanSupplier done, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("timed out after " + timeout + "; answers so far: " + replies);
      }
      Thread.sleep(50);
    }
  }
}
