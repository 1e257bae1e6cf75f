package io.exchangekit.adapter.openiam.amqp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The consumer against a real RabbitMQ broker. */
class RabbitMqConsumerTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  private static RabbitMqSettings settings(String queue, int prefetch) {
    return new RabbitMqSettings(
        Broker.URI_, queue, prefetch, prefetch, Duration.ofSeconds(10), Duration.ofSeconds(2));
  }

  static String request(String id, String identity) {
    return "{\"requestId\":\""
        + id
        + "\",\"operation\":\"SAVE\",\"objectType\":\"USER\",\"identityName\":\""
        + identity
        + "\"}";
  }

  /** Answers with the request id; throws on anything that is not a request. */
  static UnaryOperator<String> echo(Duration work) {
    return body -> {
      String id = RabbitMqConsumer.requestId(body);
      if (id == null) {
        throw new IllegalArgumentException("not a request");
      }
      sleep(work);
      return "{\"requestId\":\"" + id + "\",\"status\":\"SUCCESS\"}";
    };
  }

  static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void givenRequestsWithCorrelationIds_consume_answersEachOnceToItsReplyQueue() throws Exception {
    String queue = Broker.uniqueQueue("rpc");
    try (Broker.Requester requester = new Broker.Requester(queue);
        RabbitMqConsumer consumer = new RabbitMqConsumer(settings(queue, 4), echo(Duration.ZERO))) {
      consumer.start();
      Map<String, String> sent = new ConcurrentHashMap<>();
      for (int i = 0; i < 25; i++) {
        sent.put(requester.send(request("r" + i, "user" + i + "@contoso.com")), "r" + i);
      }
      Broker.await(() -> requester.answeredIds() == 25, WAIT, "25 replies");
      sent.forEach(
          (correlation, requestId) -> {
            List<String> r = requester.replies.get(correlation);
            assertEquals(1, r.size(), "answered once");
            assertTrue(r.get(0).contains("\"requestId\":\"" + requestId + "\""), r.get(0));
          });
      Broker.await(() -> consumer.inFlight() == 0, WAIT, "idle");
      assertEquals(0, requester.messagesWaiting(), "every request acknowledged");
    }
  }

  @Test
  void givenTwoInstancesOnOneQueue_consume_shareTheWork() throws Exception {
    String queue = Broker.uniqueQueue("share");
    try (Broker.Requester requester = new Broker.Requester(queue);
        RabbitMqConsumer a = new RabbitMqConsumer(settings(queue, 2), echo(Duration.ofMillis(40)));
        RabbitMqConsumer b =
            new RabbitMqConsumer(settings(queue, 2), echo(Duration.ofMillis(40)))) {
      a.start();
      b.start();
      for (int i = 0; i < 40; i++) {
        requester.send(request("r" + i, "user" + i + "@contoso.com"));
      }
      Broker.await(() -> requester.answeredIds() == 40, WAIT, "40 replies");
      assertEquals(40, a.answered() + b.answered());
      assertTrue(a.answered() > 5 && b.answered() > 5, a.answered() + " / " + b.answered());
      assertTrue(requester.replies.values().stream().allMatch(r -> r.size() == 1));
    }
  }

  @Test
  void givenRequestsForOneIdentity_consume_neverRunsThemConcurrently() throws Exception {
    String queue = Broker.uniqueQueue("serial");
    AtomicInteger running = new AtomicInteger();
    AtomicInteger worst = new AtomicInteger();
    List<String> seen = java.util.Collections.synchronizedList(new ArrayList<>());
    UnaryOperator<String> handler =
        body -> {
          int now = running.incrementAndGet();
          worst.accumulateAndGet(now, Math::max);
          seen.add(RabbitMqConsumer.requestId(body));
          sleep(Duration.ofMillis(20));
          running.decrementAndGet();
          return "{}";
        };
    try (Broker.Requester requester = new Broker.Requester(queue);
        RabbitMqConsumer consumer = new RabbitMqConsumer(settings(queue, 8), handler)) {
      consumer.start();
      for (int i = 0; i < 16; i++) {
        requester.send(request("r" + i, "JDoe@contoso.com"));
      }
      Broker.await(() -> requester.answeredIds() == 16, WAIT, "16 replies");
      assertEquals(1, worst.get(), "one request per identity at a time");
      List<String> expected = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        expected.add("r" + i);
      }
      assertEquals(expected, seen, "in arrival order");
    }
  }

  @Test
  void givenAPoisonMessage_consume_answersFailureOnceAndAcknowledgesIt() throws Exception {
    String queue = Broker.uniqueQueue("poison");
    try (Broker.Requester requester = new Broker.Requester(queue);
        RabbitMqConsumer consumer = new RabbitMqConsumer(settings(queue, 2), echo(Duration.ZERO))) {
      consumer.start();
      String bad = requester.send("this is {not json");
      String good = requester.send(request("after", "x@contoso.com"));
      Broker.await(() -> requester.answeredIds() == 2, WAIT, "two replies");
      assertTrue(requester.replies.get(bad).get(0).contains("\"status\":\"FAILURE\""));
      assertTrue(requester.replies.get(good).get(0).contains("SUCCESS"));
      Thread.sleep(300);
      assertEquals(1, requester.replies.get(bad).size(), "never redelivered");
      assertEquals(0, requester.messagesWaiting());
    }
  }

  @Test
  void givenAnInstanceKilledMidRequest_theOtherInstance_answersItOnce() throws Exception {
    String queue = Broker.uniqueQueue("kill");
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch never = new CountDownLatch(1);
    UnaryOperator<String> stuck =
        body -> {
          started.countDown();
          try {
            never.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return "{\"from\":\"killed\"}";
        };
    try (Broker.Requester requester = new Broker.Requester(queue)) {
      RabbitMqConsumer victim = new RabbitMqConsumer(settings(queue, 1), stuck);
      victim.start();
      String id = requester.send(request("r1", "jdoe@contoso.com"));
      assertTrue(started.await(10, TimeUnit.SECONDS));
      try (RabbitMqConsumer survivor =
          new RabbitMqConsumer(settings(queue, 1), echo(Duration.ZERO))) {
        survivor.start();
        victim.abortForTest();
        Broker.await(() -> requester.answeredIds() == 1, WAIT, "the redelivered request");
        Thread.sleep(300);
        assertEquals(1, requester.replies.get(id).size());
        assertTrue(requester.replies.get(id).get(0).contains("SUCCESS"));
        assertEquals(1, survivor.answered());
      }
    }
  }

  @Test
  void givenAGracefulShutdown_close_finishesRequestsInFlight() throws Exception {
    String queue = Broker.uniqueQueue("shutdown");
    try (Broker.Requester requester = new Broker.Requester(queue)) {
      RabbitMqConsumer consumer =
          new RabbitMqConsumer(settings(queue, 4), echo(Duration.ofMillis(300)));
      consumer.start();
      for (int i = 0; i < 4; i++) {
        requester.send(request("r" + i, "u" + i + "@contoso.com"));
      }
      Broker.await(() -> consumer.inFlight() == 4, WAIT, "four in flight");
      consumer.close();
      Broker.await(() -> requester.answeredIds() == 4, WAIT, "four replies");
      assertEquals(0, requester.messagesWaiting());
    }
  }
}
