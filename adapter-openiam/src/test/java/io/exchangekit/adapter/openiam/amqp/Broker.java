package io.exchangekit.adapter.openiam.amqp;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DeliverCallback;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/**
 * The real broker the tests use (started by the project's test command), and a requester that plays
 * OpenIAM's side: it publishes requests with reply_to and correlation_id and collects the replies.
 */
final class Broker {
  static final URI URI_ =
      java.net.URI.create(
          System.getenv()
              .getOrDefault("EXCHANGEKIT_RABBITMQ_URI", "amqp://guest:guest@localhost:5672/%2f"));

  private Broker() {}

  static Connection connect() throws Exception {
    ConnectionFactory f = new ConnectionFactory();
    f.setUri(URI_);
    f.setAutomaticRecoveryEnabled(true);
    f.setNetworkRecoveryInterval(500);
    try {
      return f.newConnection("exchangekit-test-requester");
    } catch (java.io.IOException e) {
      throw new IllegalStateException(
          "no RabbitMQ broker at "
              + RabbitMqSettings.redacted(URI_)
              + ": run scripts/rabbitmq.sh start (the test command does) or set"
              + " EXCHANGEKIT_RABBITMQ_URI",
          e);
    }
  }

  static String uniqueQueue(String name) {
    return "exchangekit-test-" + name + "-" + UUID.randomUUID();
  }

  static void await(BooleanSupplier condition, Duration timeout, String what)
      throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(20);
    }
  }

  /** OpenIAM's side of the RPC. */
  static final class Requester implements AutoCloseable {
    final Connection connection;
    final Channel channel;
    final String queue;
    final String replyQueue;
    final Map<String, List<String>> replies = new ConcurrentHashMap<>();
    final List<String> order = new CopyOnWriteArrayList<>();

    Requester(String queue) throws Exception {
      this.queue = queue;
      this.connection = connect();
      this.channel = connection.createChannel();
      channel.queueDeclare(queue, true, false, false, null);
      // durable and named, so replies survive a broker restart
      this.replyQueue = queue + "-replies";
      channel.queueDeclare(replyQueue, true, false, false, null);
      DeliverCallback onReply =
          (tag, d) -> {
            String id = d.getProperties().getCorrelationId();
            replies
                .computeIfAbsent(id, k -> new CopyOnWriteArrayList<>())
                .add(new String(d.getBody(), StandardCharsets.UTF_8));
            order.add(id);
            channel.basicAck(d.getEnvelope().getDeliveryTag(), false);
          };
      channel.basicConsume(replyQueue, false, onReply, tag -> {});
    }

    String send(String body) throws Exception {
      String id = UUID.randomUUID().toString();
      channel.basicPublish(
          "",
          queue,
          new AMQP.BasicProperties.Builder()
              .correlationId(id)
              .replyTo(replyQueue)
              .deliveryMode(2)
              .contentType("application/json")
              .build(),
          body.getBytes(StandardCharsets.UTF_8));
      return id;
    }

    int answeredIds() {
      return replies.size();
    }

    long messagesWaiting() throws Exception {
      return channel.messageCount(queue);
    }

    @Override
    public void close() throws Exception {
      // after a broker restart the connection may still be recovering: use a fresh one
      try (Connection c = connect();
          Channel ch = c.createChannel()) {
        ch.queueDelete(queue);
        ch.queueDelete(replyQueue);
      } finally {
        connection.abort();
      }
    }
  }
}
