package io.exchangekit.adapter.graph;

import com.microsoft.graph.models.odataerrors.MainError;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.kiota.ApiException;
import io.exchangekit.core.error.ExchangeConnectorException;
import io.exchangekit.core.error.OperationTimeoutException;
import io.exchangekit.core.error.RemoteError;
import io.exchangekit.core.error.RetryableException;
import io.exchangekit.core.error.ServiceUnavailableException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one Graph call: retries 429, 503 and 504 honouring {@code Retry-After}, and turns every
 * failure into a domain exception through {@link GraphErrorTable}. The request is rebuilt for each
 * attempt (the SDK's models must not be sent twice), so the supplier must build its body inside.
 */
final class GraphCalls {

  private static final Logger LOG = LoggerFactory.getLogger(GraphCalls.class);
  private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);

  /** Waits between attempts; tests may replace it. */
  interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  private final int maxAttempts;
  private final Duration maxWait;
  private final Sleeper sleeper;
  private final Runnable forgetToken;
  private final AtomicLong retries = new AtomicLong();

  /**
   * @param forgetToken drops the cached access token; called once per call when Graph answers 401,
   *     before the one retry with a fresh token
   */
  GraphCalls(int maxAttempts, Duration maxWait, Sleeper sleeper, Runnable forgetToken) {
    this.maxAttempts = maxAttempts;
    this.maxWait = maxWait;
    this.sleeper = sleeper;
    this.forgetToken = forgetToken;
  }

  GraphCalls(int maxAttempts, Duration maxWait, Sleeper sleeper) {
    this(maxAttempts, maxWait, sleeper, () -> {});
  }

  long retries() {
    return retries.get();
  }

  void run(String operation, Runnable request) {
    call(
        operation,
        () -> {
          request.run();
          return null;
        });
  }

  <T> T call(String operation, Supplier<T> request) {
    boolean signedInAgain = false;
    for (int attempt = 1; ; attempt++) {
      GraphFailure failure;
      try {
        return request.get();
      } catch (RetryableException e) {
        if (!fromIdentityPlatform(e)) {
          throw e;
        }
        // the token request was throttled (429) or the identity platform was busy (5xx)
        Duration wait = e.retryAfter().orElse(backoff(attempt));
        if (attempt >= maxAttempts || wait.compareTo(maxWait) > 0) {
          throw e;
        }
        LOG.debug(
            "token for Graph {} refused for now ({}), attempt {} of {}, retrying in {} ms",
            operation,
            e.remoteError().map(RemoteError::code).orElse("?"),
            attempt,
            maxAttempts,
            wait.toMillis());
        pause(operation, wait);
        continue;
      } catch (ExchangeConnectorException e) {
        throw e;
      } catch (RuntimeException e) {
        failure = failure(e).orElseThrow(() -> transport(operation, e));
      }
      if (failure.status() == 401 && !signedInAgain) {
        // the cached token was revoked or rolled over before its expiry: sign in again, once
        signedInAgain = true;
        forgetToken.run();
        LOG.debug("Graph {} answered 401; signing in again", operation);
        attempt--;
        continue;
      }
      if (!failure.retryable() || attempt >= maxAttempts) {
        throw GraphErrorTable.toException(operation, failure);
      }
      Duration wait = failure.retryAfter().orElse(backoff(attempt));
      if (wait.compareTo(maxWait) > 0) {
        throw GraphErrorTable.toException(operation, failure);
      }
      LOG.debug(
          "Graph {} answered HTTP {} ({}), attempt {} of {}, retrying in {} ms",
          operation,
          failure.status(),
          failure.code(),
          attempt,
          maxAttempts,
          wait.toMillis());
      pause(operation, wait);
    }
  }

  /** Waits before another attempt; counts the retry. */
  void pause(String operation, Duration wait) {
    retries.incrementAndGet();
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServiceUnavailableException(
          "interrupted while waiting to retry Graph " + operation, null, e, null);
    }
  }

  /** A 429 or 5xx of the token endpoint; an unreachable one fails at once, as Graph's does. */
  private static boolean fromIdentityPlatform(RetryableException e) {
    return e.remoteError()
        .map(r -> MsalTokenProvider.SOURCE.equals(r.source()) && !"Unreachable".equals(r.code()))
        .orElse(false);
  }

  private static Duration backoff(int attempt) {
    return FIRST_BACKOFF.multipliedBy(1L << Math.min(attempt - 1, 6));
  }

  /** The Graph error inside an SDK exception, if the service answered. */
  static Optional<GraphFailure> failure(RuntimeException e) {
    if (!(e instanceof ApiException api) || api.getResponseStatusCode() == 0) {
      return Optional.empty(); // no answer from Graph: a transport failure
    }
    String code = null;
    String message = null;
    String requestId = null;
    List<String> details = new ArrayList<>();
    if (api instanceof ODataError odata) {
      // ODataError.getMessage() throws NullPointerException when the body had no "error" object
      MainError main = odata.getError();
      if (main != null) {
        code = main.getCode();
        message = main.getMessage();
        if (main.getDetails() != null) {
          main.getDetails().stream()
              .map(d -> d.getCode())
              .filter(c -> c != null)
              .forEach(details::add);
        }
        if (main.getInnerError() != null) {
          requestId = main.getInnerError().getRequestId();
        }
      }
    } else {
      message = api.getMessage();
    }
    Map<String, Set<String>> headers = api.getResponseHeaders();
    if (requestId == null) {
      requestId = header(headers, "request-id");
    }
    Optional<Duration> retryAfter =
        Optional.ofNullable(header(headers, "Retry-After")).flatMap(GraphCalls::parseRetryAfter);
    return Optional.of(
        new GraphFailure(
            api.getResponseStatusCode(), code, details, message, requestId, retryAfter, e));
  }

  private static String header(Map<String, Set<String>> headers, String name) {
    if (headers == null) {
      return null;
    }
    for (Map.Entry<String, Set<String>> h : headers.entrySet()) {
      if (h.getKey().equalsIgnoreCase(name) && !h.getValue().isEmpty()) {
        return h.getValue().iterator().next();
      }
    }
    return null;
  }

  /**
   * Seconds (decimals allowed) or an HTTP date. Zero, negative or unreadable values count as
   * absent, so the caller backs off instead of hammering the service.
   */
  static Optional<Duration> parseRetryAfter(String value) {
    String trimmed = value.trim();
    boolean date = trimmed.chars().anyMatch(Character::isLetter);
    // a list of delays ("1, 2") takes the first; an HTTP date has a comma of its own
    String v = date ? trimmed : trimmed.split(",")[0].trim();
    try {
      double seconds = Double.parseDouble(v);
      if (seconds > 0 && seconds < 86_400) {
        return Optional.of(Duration.ofMillis(Math.max(1, Math.round(seconds * 1000))));
      }
      return Optional.empty();
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration d = Duration.between(Instant.now(), at);
        return d.isNegative() || d.isZero() ? Optional.empty() : Optional.of(d);
      } catch (DateTimeParseException notADate) {
        return Optional.empty();
      }
    }
  }

  private static ExchangeConnectorException transport(String operation, RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InterruptedIOException) {
        return new OperationTimeoutException(
            "Graph " + operation + " did not answer in time",
            e,
            new RemoteError("Graph", "Timeout", null));
      }
      if (t instanceof IOException) {
        return new ServiceUnavailableException(
            "Graph " + operation + " could not be reached: " + t.getClass().getSimpleName(),
            null,
            e,
            new RemoteError("Graph", "Unreachable", null));
      }
    }
    return new ExchangeConnectorException(
        "Graph " + operation + " failed: " + e.getClass().getName(), e, null);
  }
}
