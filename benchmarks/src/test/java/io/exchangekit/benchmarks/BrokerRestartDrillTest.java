package io.exchangekit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import io.exchangekit.adapter.openiam.amqp.RabbitMqConsumer;
import io.exchangekit.adapter.openiam.amqp.RabbitMqSettings;
import io.exchangekit.benchmarks.Workload.Op;
import io.exchangekit.emulator.exchange.ExchangeEmulator;
import io.exchangekit.emulator.exchange.FaultPlan;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * The local RabbitMQ broker is restarted ({@code rabbitmqctl stop_app} / {@code start_app}) while
 * the connector consumes a batch through the real stack (RabbitMqConsumer → OpenIamConnector →
 * ExchangeUseCases → on-premises adapter → Exchange emulator). Every request answered, the replies
 * to one request agree, each mailbox enabled exactly once. Skipped without {@code rabbitmqctl} for
 * a local broker.
 */
class BrokerRestartDrillTest {
  private static final URI BROKER = URI.create("amqp://guest:guest@localhost:5672/%2f");
  private static final int USERS = 60;

  @Test
  void givenABrokerRestartDuringABatch_consume_answersEveryRequestAndAppliesEachOnce()
      throws Exception {
    assumeTrue(rabbitmqctl("-q", "status"), "needs rabbitmqctl for a local broker");
    String queue = "exchangekit-drill-" + UUID.randomUUID();
    ExchangeEmulator emulator =
        EmulatedStack.exchange2016()
            .withOrganisation(Workload.organisation(USERS, 0))
            .withFaults(FaultPlan.parse("latency=40"));
    Map<String, String> requestByCorrelation = new ConcurrentHashMap<>();
    try (EmulatedStack stack = EmulatedStack.over(emulator, 3);
        Requester requester = new Requester(queue);
        RabbitMqConsumer consumer =
            new RabbitMqConsumer(
                new RabbitMqSettings(
                    BROKER, queue, 3, 3, Duration.ofSeconds(10), Duration.ofSeconds(1)),
                stack.connector()::handle)) {
      consumer.start();
      for (int i = 0; i < USERS; i++) {
        String id = "b-" + i;
        requestByCorrelation.put(requester.send(Workload.request(Op.ENABLE, i, id)), id);
      }
      await(() -> requester.replies.size() >= 10, Duration.ofSeconds(30), "10 replies");
      assertTrue(rabbitmqctl("stop_app"), "broker stopped");
      assertTrue(rabbitmqctl("start_app"), "broker started");
      assertTrue(requester.replies.size() < USERS, "the restart came during the batch");
      await(() -> requester.replies.size() == USERS, Duration.ofSeconds(60), USERS + " replies");

      assertEquals(requestByCorrelation.keySet(), requester.replies.keySet(), "all answered");
      Set<String> answeredIds = new HashSet<>();
      requester.replies.forEach(
          (correlation, replies) -> {
            // a request run twice (its answer published, its acknowledgement lost in the restart)
            // may report other completed steps the second time, but never another outcome
            assertEquals(
                1,
                replies.stream()
                    .map(Responses::read)
                    .map(x -> x.path("status").asText() + " " + x.path("errorCode").asText())
                    .distinct()
                    .count(),
                "replies to one request agree: " + replies);
            JsonNode r = Responses.read(replies.get(0));
            assertEquals("SUCCESS", r.path("status").asText(), replies.get(0));
            assertEquals(requestByCorrelation.get(correlation), r.path("requestId").asText());
            answeredIds.add(r.path("requestId").asText());
          });
      assertEquals(USERS, answeredIds.size(), "every request id answered");
    }
    assertEquals(
        USERS, emulator.counters().cmdletCalls("Enable-Mailbox"), "each mailbox enabled once");
    Map<String, JsonNode> mailboxes = Organisations.mailboxes(emulator.organisation());
    for (int i = 0; i < USERS; i++) {
      assertTrue(mailboxes.get(Workload.user(i)).isObject(), Workload.user(i));
    }
  }

  static boolean rabbitmqctl(String... args) {
    String[] cmd = new String[args.length + 1];
    cmd[0] = "rabbitmqctl";
    System.arraycopy(args, 0, cmd, 1, args.length);
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor() == 0;
    } catch (java.io.IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  static void await(BooleanSupplier condition, Duration timeout, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      assertTrue(System.nanoTime() < deadline, "timed out waiting for " + what);
      Thread.sleep(50);
    }
  }

  /** OpenIAM's side: sends requests with reply_to and correlation_id, collects the replies. */
  static final class Requester implements AutoCloseable {
    final Map<String, List<String>> replies = new ConcurrentHashMap<>();
    private final String queue;
    private final String replyQueue;
    private final Connection connection;
    private final Channel channel;

    Requester(String queue) throws Exception {
      this.queue = queue;
      this.replyQueue = queue + "-replies";
      this.connection = factory().newConnection("exchangekit-drill-requester");
      this.channel = connection.createChannel();
      channel.queueDeclare(queue, true, false, false, null);
      // durable and named: replies published before the restart survive it
      channel.queueDeclare(replyQueue, true, false, false, null);
      channel.basicConsume(
          replyQueue,
          false,
          (tag, delivery) -> {
            replies
                .computeIfAbsent(
                    delivery.getProperties().getCorrelationId(), k -> new CopyOnWriteArrayList<>())
                .add(new String(delivery.getBody(), StandardCharsets.UTF_8));
            channel.basicAck(delivery.getEnvelope().getDeliveryTag(), false);
          },
          tag -> {});
    }

    private static ConnectionFactory factory() throws Exception {
      ConnectionFactory f = new ConnectionFactory();
      f.setUri(BROKER);
      f.setAutomaticRecoveryEnabled(true);
      f.setTopologyRecoveryEnabled(true);
      f.setNetworkRecoveryInterval(500);
      return f;
    }

    String send(String body) throws Exception {
      String correlation = UUID.randomUUID().toString();
      channel.basicPublish(
          "",
          queue,
          new AMQP.BasicProperties.Builder()
              .correlationId(correlation)
              .replyTo(replyQueue)
              .deliveryMode(2)
              .contentType("application/json")
              .build(),
          body.getBytes(StandardCharsets.UTF_8));
      return correlation;
    }

    @Override
    public void close() throws Exception {
      try (Connection c = factory().newConnection("exchangekit-drill-cleanup");
          Channel ch = c.createChannel()) {
        ch.queueDelete(queue);
        ch.queueDelete(replyQueue);
      } finally {
        connection.abort();
      }
    }
  }
}
