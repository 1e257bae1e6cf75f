package io.exchangekit.adapter.openiam.amqp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import com.rabbitmq.client.Recoverable;
import com.rabbitmq.client.RecoveryListener;
import com.rabbitmq.client.ShutdownSignalException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes OpenIAM's connector queue: each message is one request; its response goes to the
 * message's {@code reply_to} with the same {@code correlation_id}; the message is acknowledged only
 * once the broker has confirmed the response. Several instances may consume one queue.
 *
 * <p>Guarantees: at-least-once processing (a request whose instance dies before acknowledging it is
 * redelivered, to this or another instance; requests are idempotent, so a repeat converges);
 * requests for the same identity never run concurrently within an instance; an undecodable request
 * is answered with FAILURE and acknowledged, never redelivered forever; after a lost connection the
 * consumer reconnects with back-off, and a request that was in flight on the lost channel is not
 * answered from this instance (the broker redelivers it), so it is answered once; a request already
 * answered but not yet acknowledged when the connection broke is recognised on redelivery by its
 * correlation id (the last 10,000 answers are remembered) and acknowledged without running again.
 */
public final class RabbitMqConsumer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RabbitMqConsumer.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int ANSWERED_MEMORY = 10_000;

  private final RabbitMqSettings settings;
  private final UnaryOperator<String> handler;
  private final ExecutorService workers;
  private final KeyedSerialExecutor serial;
  private final AtomicInteger generation = new AtomicInteger();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicLong answered = new AtomicLong();
  private final Object channelLock = new Object();
  private final AtomicLong duplicates = new AtomicLong();
  private final Map<String, Boolean> answeredIds =
      Collections.synchronizedMap(
          new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
              return size() > ANSWERED_MEMORY;
            }
          });
  private Connection connection;
  private Channel channel;
  private volatile String consumerTag;
  private volatile boolean closing;

  /**
   * @param settings where to consume; never null
   * @param handler turns one request text into one response text; must not throw (a throw is
   *     answered with FAILURE)
   */
  public RabbitMqConsumer(RabbitMqSettings settings, UnaryOperator<String> handler) {
    this.settings = settings;
    this.handler = handler;
    this.workers =
        Executors.newFixedThreadPool(
            settings.workers(),
            r -> {
              Thread t = new Thread(r, "exchangekit-amqp-worker");
              t.setDaemon(true);
              return t;
            });
    this.serial = new KeyedSerialExecutor(workers);
  }

  /**
   * Connects and starts consuming.
   *
   * @throws IllegalStateException when the broker cannot be reached
   */
  public synchronized void start() {
    try {
      ConnectionFactory factory = new ConnectionFactory();
      factory.setUri(settings.uri());
      factory.setAutomaticRecoveryEnabled(true);
      factory.setTopologyRecoveryEnabled(true);
      factory.setRecoveryDelayHandler(
          attempt ->
              Math.min(settings.maxReconnectDelay().toMillis(), 250L << Math.min(attempt, 7)));
      factory.setRequestedHeartbeat(10);
      connection = factory.newConnection("exchangekit-connector");
      channel = connection.createChannel();
      channel.queueDeclare(settings.queue(), true, false, false, null);
      channel.basicQos(settings.prefetch());
      channel.confirmSelect();
      ((Recoverable) connection)
          .addRecoveryListener(
              new RecoveryListener() {
                @Override
                public void handleRecovery(Recoverable recoverable) {
                  LOG.info(
                      "connection to {} re-established", RabbitMqSettings.redacted(settings.uri()));
                }

                @Override
                public void handleRecoveryStarted(Recoverable recoverable) {
                  generation.incrementAndGet();
                  LOG.warn("connection to the broker lost; reconnecting");
                }
              });
      consumerTag = channel.basicConsume(settings.queue(), false, new Deliveries(channel));
      LOG.info("consuming {} from {}", settings.queue(), RabbitMqSettings.redacted(settings.uri()));
    } catch (Exception e) {
      throw new IllegalStateException(
          "cannot consume queue '"
              + settings.queue()
              + "' at "
              + RabbitMqSettings.redacted(settings.uri())
              + ": "
              + e.getMessage(),
          e);
    }
  }

  private final class Deliveries extends DefaultConsumer {
    Deliveries(Channel channel) {
      super(channel);
    }

    @Override
    public void handleDelivery(
        String tag, Envelope envelope, AMQP.BasicProperties properties, byte[] body) {
      int gen = generation.get();
      String request = new String(body, StandardCharsets.UTF_8);
      String correlationId = properties.getCorrelationId();
      // not only redeliveries: a broker restart recovers unacknowledged messages from disk without
      // the redelivered flag
      if (correlationId != null && answeredIds.containsKey(correlationId)) {
        duplicates.incrementAndGet();
        ack(envelope.getDeliveryTag(), gen);
        return;
      }
      inFlight.incrementAndGet();
      serial.submit(
          identityKey(request),
          () -> {
            try {
              process(envelope, properties, request, gen);
            } finally {
              inFlight.decrementAndGet();
            }
          });
    }

    @Override
    public void handleShutdownSignal(String tag, ShutdownSignalException sig) {
      if (!closing) {
        LOG.warn("consumer channel shut down: {}", sig.getMessage());
      }
    }
  }

  private void process(
      Envelope envelope, AMQP.BasicProperties properties, String request, int gen) {
    String response;
    try {
      response = handler.apply(request);
    } catch (RuntimeException e) {
      LOG.error("request handler failed", e);
      response = failure(requestId(request), "internal error: " + e.getClass().getSimpleName());
    }
    if (gen != generation.get()) {
      // The channel this delivery came on is gone; the broker redelivers the request.
      LOG.info("dropping the answer of a request delivered before the connection was lost");
      return;
    }
    String replyTo = properties.getReplyTo();
    try {
      synchronized (channelLock) {
        if (gen != generation.get()) {
          return;
        }
        if (replyTo != null && !replyTo.isEmpty()) {
          AMQP.BasicProperties replyProps =
              new AMQP.BasicProperties.Builder()
                  .correlationId(properties.getCorrelationId())
                  .contentType("application/json")
                  .contentEncoding("UTF-8")
                  .deliveryMode(2)
                  .build();
          channel.basicPublish("", replyTo, replyProps, response.getBytes(StandardCharsets.UTF_8));
          channel.waitForConfirmsOrDie(Duration.ofSeconds(30).toMillis());
        } else {
          LOG.warn("request without reply_to: its response is dropped");
        }
        if (properties.getCorrelationId() != null) {
          answeredIds.put(properties.getCorrelationId(), Boolean.TRUE);
        }
        answered.incrementAndGet();
        ack(envelope.getDeliveryTag(), gen);
      }
    } catch (IOException | TimeoutException | InterruptedException | RuntimeException e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      LOG.warn("could not publish a response or acknowledge its request: {}", e.getMessage());
    }
  }

  private void ack(long tag, int gen) {
    synchronized (channelLock) {
      if (gen != generation.get()) {
        return;
      }
      try {
        channel.basicAck(tag, false);
      } catch (IOException | RuntimeException e) {
        LOG.warn("could not acknowledge a request: {}", e.getMessage());
      }
    }
  }

  /** The identity a request names, so that requests for it run one at a time; else its text. */
  static String identityKey(String request) {
    try {
      JsonNode node = JSON.readTree(request);
      JsonNode identity = field(node, "identityName");
      if (identity != null && identity.isTextual()) {
        return "identity:" + identity.asText().toLowerCase(java.util.Locale.ROOT);
      }
    } catch (IOException | RuntimeException notJson) {
      // undecodable: runs on its own; the handler answers it with FAILURE
    }
    return "request:" + System.identityHashCode(request);
  }

  /** A top-level field, its name matched ignoring case as the wire codec matches it. */
  private static JsonNode field(JsonNode node, String name) {
    if (node == null || !node.isObject()) {
      return null;
    }
    for (var it = node.fields(); it.hasNext(); ) {
      var e = it.next();
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  static String requestId(String request) {
    try {
      JsonNode id = field(JSON.readTree(request), "requestId");
      return id != null && id.isTextual() ? id.asText() : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  static String failure(String requestId, String message) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("requestId", requestId);
    r.put("status", "FAILURE");
    r.put("errorCode", "otherError");
    r.put("errorMessages", java.util.List.of(message));
    r.put("warnings", java.util.List.of());
    try {
      return JSON.writeValueAsString(r);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Requests answered so far by this instance. */
  public long answered() {
    return answered.get();
  }

  /** Redelivered requests recognised as already answered and acknowledged without running. */
  public long duplicatesSkipped() {
    return duplicates.get();
  }

  /** Requests being processed now. */
  public int inFlight() {
    return inFlight.get();
  }

  /**
   * Stops taking requests, waits up to the grace period for those in flight, then closes; what has
   * not finished by then is returned to the queue by the broker.
   */
  @Override
  public void close() {
    if (closing) {
      return;
    }
    closing = true;
    try {
      synchronized (channelLock) {
        if (channel != null && channel.isOpen() && consumerTag != null) {
          channel.basicCancel(consumerTag);
        }
      }
    } catch (IOException | RuntimeException e) {
      LOG.debug("cancel failed: {}", e.getMessage());
    }
    workers.shutdown();
    try {
      if (!workers.awaitTermination(settings.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.warn("{} requests still running at shutdown are returned to the queue", inFlight.get());
        workers.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      if (connection != null && connection.isOpen()) {
        connection.close(5_000);
      }
    } catch (IOException | RuntimeException e) {
      LOG.debug("close failed: {}", e.getMessage());
    }
  }

  /** For tests: drops the connection as a crashed process would, without acknowledging anything. */
  void abortForTest() {
    closing = true;
    if (connection != null) {
      connection.abort();
    }
    workers.shutdownNow();
  }
}
