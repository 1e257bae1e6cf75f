package io.exchangekit.adapter.openiam.amqp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The local broker is restarted in the middle of a batch: every request must still be answered, and
 * a request run twice must give the same answer. Needs {@code rabbitmqctl} for the local node (the
 * test command's broker); skipped against an external broker.
 */
class BrokerRestartTest {
  static void rabbitmqctl(String... args) throws Exception {
    String[] cmd = new String[args.length + 1];
    cmd[0] = "rabbitmqctl";
    System.arraycopy(args, 0, cmd, 1, args.length);
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    assertEquals(0, p.waitFor(), "rabbitmqctl " + String.join(" ", args));
  }

  static boolean localBrokerControllable() {
    if (System.getenv("EXCHANGEKIT_RABBITMQ_URI") != null) {
      return false;
    }
    try {
      rabbitmqctl("-q", "status");
      return true;
    } catch (Exception | AssertionError e) {
      return false;
    }
  }

  @Test
  void givenABrokerRestartDuringABatch_consume_answersEveryRequestWithOneOutcome()
      throws Exception {
    assumeTrue(localBrokerControllable(), "needs rabbitmqctl for the local broker");
    String queue = Broker.uniqueQueue("restart");
    Map<String, Set<String>> outcomes = new ConcurrentHashMap<>();
    UnaryOperator<String> idempotent =
        body -> {
          String id = RabbitMqConsumer.requestId(body);
          RabbitMqConsumerTest.sleep(Duration.ofMillis(100));
          String answer = "{\"requestId\":\"" + id + "\",\"status\":\"SUCCESS\"}";
          outcomes.computeIfAbsent(id, k -> ConcurrentHashMap.newKeySet()).add(answer);
          return answer;
        };
    int total = 60;
    try (Broker.Requester requester = new Broker.Requester(queue);
        RabbitMqConsumer consumer =
            new RabbitMqConsumer(
                new RabbitMqSettings(
                    Broker.URI_, queue, 3, 3, Duration.ofSeconds(10), Duration.ofSeconds(1)),
                idempotent)) {
      consumer.start();
      for (int i = 0; i < total; i++) {
        requester.send(RabbitMqConsumerTest.request("r" + i, "u" + i + "@contoso.com"));
      }
      Broker.await(() -> requester.answeredIds() >= 10, Duration.ofSeconds(30), "10 replies");
      rabbitmqctl("stop_app");
      rabbitmqctl("start_app");
      assertTrue(requester.answeredIds() < total, "the restart happened during the batch");
      Broker.await(
          () -> requester.answeredIds() == total, Duration.ofSeconds(90), total + " replies");
      assertEquals(total, outcomes.size(), "every request ran");
      assertTrue(outcomes.values().stream().allMatch(s -> s.size() == 1), "one outcome each");
      requester.replies.forEach(
          (correlation, replies) ->
              assertEquals(1, Set.copyOf(replies).size(), "replies to one request agree"));
    }
  }
}
