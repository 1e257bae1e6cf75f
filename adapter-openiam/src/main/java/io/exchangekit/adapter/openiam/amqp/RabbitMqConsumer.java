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
import io.exchangekit.adapter.openiam.OpenIamHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
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

  /** The reply header with the page's number, from 1. */
  public static final String PAGE_HEADER = "exchangekit-page";

  /** The reply header that is {@code true} on the last page of a reply. */
  public static final String LAST_PAGE_HEADER = "exchangekit-last-page";

  private final RabbitMqSettings settings;
  private final OpenIamHandler handler;
  private final ExecutorService workers;
  private final KeyedSerialExecutor serial;
  private final AtomicInteger generation = new AtomicInteger();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicLong answered = new AtomicLong();
  private final Object channelLock = new Object();
  private final AtomicLong duplicates = new AtomicLong();
  private final AtomicLong pagesPublished = new AtomicLong();
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
    this(
        settings,
        (OpenIamHandler)
            (request, out) -> {
              out.write(handler.apply(request));
              out.flush();
            });
  }

  /**
   * A consumer whose handler writes each response while producing it (as {@link
   * io.exchangekit.adapter.openiam.OpenIamConnector#handle(String, java.io.Writer)} does for a
   * SEARCH): a response longer than {@link RabbitMqSettings#maxReplyBytes()} leaves in pages as it
   * is written, so no response is ever held whole.
   *
   * @param settings where to consume; never null
   * @param handler writes one response per request; must not throw but for a failure of the output
   *     it was given (a throw is answered with FAILURE)
   */
  public static RabbitMqConsumer streaming(RabbitMqSettings settings, OpenIamHandler handler) {
    return new RabbitMqConsumer(settings, Objects.requireNonNull(handler, "'handler' is null"));
  }

  private RabbitMqConsumer(RabbitMqSettings settings, OpenIamHandler handler) {
    this.settings = Objects.requireNonNull(settings, "'settings' must not be null");
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
    String replyTo = properties.getReplyTo();
    if (replyTo == null || replyTo.isEmpty()) {
      LOG.warn("request without reply_to: its response is dropped");
    }
    PagedReply reply = new PagedReply(replyTo, properties.getCorrelationId(), gen);
    try {
      try {
        Writer out = new OutputStreamWriter(reply, StandardCharsets.UTF_8);
        handler.handle(request, out);
        out.flush();
      } catch (RuntimeException e) {
        LOG.error("request handler failed", e);
        // whatever was published is superseded: the failure starts the answer afresh at page 1
        reply.restart();
        reply.write(
            failure(requestId(request), "internal error: " + e.getClass().getSimpleName())
                .getBytes(StandardCharsets.UTF_8));
      }
      synchronized (channelLock) {
        reply.finish();
        if (properties.getCorrelationId() != null) {
          answeredIds.put(properties.getCorrelationId(), Boolean.TRUE);
        }
        answered.incrementAndGet();
        ack(envelope.getDeliveryTag(), gen);
      }
    } catch (ConnectionChanged e) {
      // The channel this delivery came on is gone; the broker redelivers the request.
      LOG.info("dropping the answer of a request delivered before the connection was lost");
    } catch (IOException | RuntimeException e) {
      LOG.warn("could not publish a response or acknowledge its request: {}", e.getMessage());
    }
  }

  /**
   * The reply to one request as an output: bytes are collected up to {@link
   * RabbitMqSettings#maxReplyBytes()}; when more come, the collected ones (cut after a whole UTF-8
   * character) are published as a page and confirmed, so at most one page is held. {@link #finish}
   * publishes the last page. Every page carries the request's correlation id, its number from 1 and
   * whether it is the last.
   */
  private final class PagedReply extends OutputStream {
    private final String replyTo;
    private final String correlationId;
    private final int gen;
    private final int max = settings.maxReplyBytes();
    private byte[] buffer = new byte[Math.min(max, 8192)];
    private int size;
    private int page;

    PagedReply(String replyTo, String correlationId, int gen) {
      this.replyTo = replyTo;
      this.correlationId = correlationId;
      this.gen = gen;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      while (len > 0) {
        if (size == max) {
          publishFullPage();
        }
        int n = Math.min(len, max - size);
        if (size + n > buffer.length) {
          buffer = Arrays.copyOf(buffer, Math.min(max, Math.max(size + n, buffer.length * 2)));
        }
        System.arraycopy(b, off, buffer, size, n);
        size += n;
        off += n;
        len -= n;
      }
    }

    /** Publishes the full buffer but an unfinished UTF-8 character, which starts the next page. */
    private void publishFullPage() throws IOException {
      int cut = size;
      while (cut > 0 && (buffer[cut - 1] & 0xC0) == 0x80) {
        cut--; // continuation bytes of a character that may go on
      }
      if (cut > 0) {
        cut--; // the lead byte of that character, or a whole single-byte character
        int lead = buffer[cut] & 0xFF;
        int length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        if (cut + length <= size) {
          cut += length; // the character is complete
        }
      }
      if (cut == 0) {
        cut = size; // not UTF-8 text: cut anywhere
      }
      publish(Arrays.copyOf(buffer, cut), false);
      System.arraycopy(buffer, cut, buffer, 0, size - cut);
      size -= cut;
    }

    /** Forgets what is collected; the next page published is page 1 again. */
    void restart() {
      size = 0;
      page = 0;
    }

    void finish() throws IOException {
      publish(Arrays.copyOf(buffer, size), true);
    }

    private void publish(byte[] body, boolean last) throws IOException {
      page++;
      if (replyTo == null || replyTo.isEmpty()) {
        return;
      }
      Map<String, Object> headers = new LinkedHashMap<>();
      headers.put(PAGE_HEADER, page);
      headers.put(LAST_PAGE_HEADER, last);
      AMQP.BasicProperties replyProps =
          new AMQP.BasicProperties.Builder()
              .correlationId(correlationId)
              .contentType("application/json")
              .contentEncoding("UTF-8")
              .deliveryMode(2)
              .headers(headers)
              .build();
      synchronized (channelLock) {
        if (gen != generation.get()) {
          throw new ConnectionChanged();
        }
        channel.basicPublish("", replyTo, replyProps, body);
        try {
          channel.waitForConfirmsOrDie(Duration.ofSeconds(30).toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted while the broker confirmed a reply", e);
        } catch (TimeoutException e) {
          throw new IOException("the broker did not confirm a reply within 30 s", e);
        }
      }
      pagesPublished.incrementAndGet();
    }
  }

  /** The delivery's channel is gone: stop answering; the broker redelivers the request. */
  private static final class ConnectionChanged extends IOException {
    private static final long serialVersionUID = 1L;

    ConnectionChanged() {
      super("the connection was lost while answering");
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

  /** Reply messages published so far (a reply split into pages counts once per page). */
  public long pagesPublished() {
    return pagesPublished.get();
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
