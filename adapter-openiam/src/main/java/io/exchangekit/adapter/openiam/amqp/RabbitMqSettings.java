package io.exchangekit.adapter.openiam.amqp;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how the connector consumes OpenIAM's connector queue.
 *
 * @param uri the broker, e.g. {@code amqp://guest:guest@localhost:5672/%2f}; never printed with its
 *     password
 * @param queue the connector queue; declared durable if it does not exist
 * @param prefetch how many unacknowledged requests one instance holds at most; match it to the
 *     session pool so that no request waits on this instance while another is idle
 * @param workers how many requests run at once (requests for the same identity never do)
 * @param shutdownGrace how long a graceful shutdown waits for requests in flight before returning
 *     them to the queue
 * @param maxReconnectDelay the longest back-off between attempts to reach a lost broker
 * @param maxReplyBytes the largest reply message body; a longer response is sent as several
 *     messages (pages) of at most this many bytes, see {@code docs/openiam-wire-format.md}; from
 *     {@value #MIN_REPLY_BYTES} to {@value #MAX_REPLY_BYTES}, default {@value
 *     #DEFAULT_MAX_REPLY_BYTES}
 */
public record RabbitMqSettings(
    URI uri,
    String queue,
    int prefetch,
    int workers,
    Duration shutdownGrace,
    Duration maxReconnectDelay,
    int maxReplyBytes) {
  /** The default largest reply body: 1 MiB. */
  public static final int DEFAULT_MAX_REPLY_BYTES = 1_048_576;

  /** The smallest allowed largest reply body. */
  public static final int MIN_REPLY_BYTES = 1_024;

  /** The largest allowed reply body: 128 MiB, RabbitMQ 3.x's default {@code max_message_size}. */
  public static final int MAX_REPLY_BYTES = 134_217_728;

  public RabbitMqSettings {
    Objects.requireNonNull(uri, "'uri' must not be null");
    Objects.requireNonNull(queue, "'queue' must not be null");
    if (!uri.getScheme().equals("amqp") && !uri.getScheme().equals("amqps")) {
      throw new IllegalArgumentException(
          "'rabbitmq' must be an amqp:// or amqps:// URI but was '" + redacted(uri) + "'");
    }
    if (queue.isBlank() || queue.length() > 255) {
      throw new IllegalArgumentException("'queue' must be 1 to 255 characters");
    }
    if (prefetch < 1 || prefetch > 1000) {
      throw new IllegalArgumentException("'prefetch' must be from 1 to 1000 but was " + prefetch);
    }
    if (workers < 1 || workers > prefetch) {
      throw new IllegalArgumentException(
          "'workers' must be from 1 to prefetch (" + prefetch + ") but was " + workers);
    }
    Objects.requireNonNull(shutdownGrace, "'shutdownGrace' must not be null");
    Objects.requireNonNull(maxReconnectDelay, "'maxReconnectDelay' must not be null");
    if (maxReplyBytes < MIN_REPLY_BYTES || maxReplyBytes > MAX_REPLY_BYTES) {
      throw new IllegalArgumentException(
          "'maxReplyBytes' must be from "
              + MIN_REPLY_BYTES
              + " to "
              + MAX_REPLY_BYTES
              + " but was "
              + maxReplyBytes);
    }
  }

  /** Settings with the default largest reply body ({@value #DEFAULT_MAX_REPLY_BYTES} bytes). */
  public RabbitMqSettings(
      URI uri,
      String queue,
      int prefetch,
      int workers,
      Duration shutdownGrace,
      Duration maxReconnectDelay) {
    this(uri, queue, prefetch, workers, shutdownGrace, maxReconnectDelay, DEFAULT_MAX_REPLY_BYTES);
  }

  /** These settings with another largest reply body. */
  public RabbitMqSettings withMaxReplyBytes(int bytes) {
    return new RabbitMqSettings(
        uri, queue, prefetch, workers, shutdownGrace, maxReconnectDelay, bytes);
  }

  /** Defaults matched to a session pool of {@code poolSize}: prefetch and workers equal to it. */
  public static RabbitMqSettings of(URI uri, String queue, int poolSize) {
    return new RabbitMqSettings(
        uri, queue, poolSize, poolSize, Duration.ofSeconds(30), Duration.ofSeconds(30));
  }

  /** The URI without its password, for logs and messages. */
  public static String redacted(URI uri) {
    String info = uri.getUserInfo();
    if (info == null || !info.contains(":")) {
      return uri.toString();
    }
    return uri.toString().replace(info, info.substring(0, info.indexOf(':')) + ":****");
  }

  @Override
  public String toString() {
    return "RabbitMqSettings[uri="
        + redacted(uri)
        + ", queue="
        + queue
        + ", prefetch="
        + prefetch
        + ", workers="
        + workers
        + ", maxReplyBytes="
        + maxReplyBytes
        + "]";
  }
}
