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
 */
public record RabbitMqSettings(
    URI uri,
    String queue,
    int prefetch,
    int workers,
    Duration shutdownGrace,
    Duration maxReconnectDelay) {
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
        + "]";
  }
}
