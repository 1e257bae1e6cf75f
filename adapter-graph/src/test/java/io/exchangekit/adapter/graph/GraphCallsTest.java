package io.exchangekit.adapter.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.graph.models.odataerrors.InnerError;
import com.microsoft.graph.models.odataerrors.MainError;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.kiota.ApiException;
import com.microsoft.kiota.ApiExceptionBuilder;
import com.microsoft.kiota.ResponseHeaders;
import io.exchangekit.core.error.AuthenticationFailedException;
import io.exchangekit.core.error.InvalidValueException;
import io.exchangekit.core.error.PermissionDeniedException;
import io.exchangekit.core.error.ThrottledException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class GraphCallsTest {

  private final List<Duration> waits = new ArrayList<>();

  private GraphCalls calls(int attempts, Duration maxWait) {
    return new GraphCalls(attempts, maxWait, waits::add);
  }

  static ApiException graphError(int status, String code, String retryAfter) {
    ResponseHeaders headers = new ResponseHeaders();
    if (retryAfter != null) {
      headers.add("Retry-After", retryAfter);
    }
    return new ApiExceptionBuilder(
            () -> {
              ODataError e = new ODataError();
              MainError main = new MainError();
              main.setCode(code);
              main.setMessage("message of " + code);
              InnerError inner = new InnerError();
              inner.setRequestId("rid-" + status);
              main.setInnerError(inner);
              e.setError(main);
              return e;
            })
        .withResponseStatusCode(status)
        .withResponseHeaders(headers)
        .build();
  }

  @Test
  void givenRetryAfterValues_parse_acceptsPositiveSecondsAndDatesOnly() {
    assertEquals(Optional.of(Duration.ofMillis(50)), GraphCalls.parseRetryAfter("0.05"));
    assertEquals(Optional.of(Duration.ofSeconds(2)), GraphCalls.parseRetryAfter("2"));
    assertEquals(Optional.of(Duration.ofMillis(2128)), GraphCalls.parseRetryAfter("2.128"));
    assertEquals(Optional.empty(), GraphCalls.parseRetryAfter("0"));
    assertEquals(Optional.empty(), GraphCalls.parseRetryAfter("-3"));
    assertEquals(Optional.empty(), GraphCalls.parseRetryAfter("soon"));
    String inAMinute =
        ZonedDateTime.now(ZoneOffset.UTC)
            .plusSeconds(60)
            .format(DateTimeFormatter.RFC_1123_DATE_TIME);
    Duration d = GraphCalls.parseRetryAfter(inAMinute).orElseThrow();
    assertTrue(d.toSeconds() > 30 && d.toSeconds() <= 60, d.toString());
  }

  @Test
  void givenTwo429s_call_waitsTheirRetryAfterAndSucceeds() {
    AtomicInteger n = new AtomicInteger();
    String result =
        calls(5, Duration.ofSeconds(10))
            .call(
                "op",
                () -> {
                  if (n.incrementAndGet() <= 2) {
                    throw graphError(429, "TooManyRequests", "0.25");
                  }
                  return "ok";
                });
    assertEquals("ok", result);
    assertEquals(List.of(Duration.ofMillis(250), Duration.ofMillis(250)), waits);
  }

  @Test
  void givenRetryAfterZero_call_backsOffInsteadOfSpinning() {
    AtomicInteger n = new AtomicInteger();
    calls(3, Duration.ofSeconds(10))
        .call(
            "op",
            () -> {
              if (n.incrementAndGet() == 1) {
                throw graphError(503, "serviceNotAvailable", "0");
              }
              return 1;
            });
    assertEquals(1, waits.size());
    assertTrue(waits.get(0).toMillis() >= 500);
  }

  @Test
  void givenEndless429_call_givesUpAfterMaxAttemptsWithThrottledException() {
    AtomicInteger n = new AtomicInteger();
    ThrottledException e =
        assertThrows(
            ThrottledException.class,
            () ->
                calls(4, Duration.ofSeconds(10))
                    .call(
                        "op",
                        () -> {
                          n.incrementAndGet();
                          throw graphError(429, "TooManyRequests", "1");
                        }));
    assertEquals(4, n.get());
    assertEquals(3, waits.size());
    assertEquals(Duration.ofSeconds(1), e.retryAfter().orElseThrow());
    assertEquals("rid-429", e.remoteError().orElseThrow().requestId());
  }

  @Test
  void givenRetryAfterLongerThanAllowed_call_failsAtOnceCarryingTheWait() {
    ThrottledException e =
        assertThrows(
            ThrottledException.class,
            () ->
                calls(5, Duration.ofSeconds(5))
                    .call(
                        "op",
                        () -> {
                          throw graphError(429, "TooManyRequests", "120");
                        }));
    assertEquals(List.of(), waits);
    assertEquals(Duration.ofSeconds(120), e.retryAfter().orElseThrow());
  }

  @Test
  void givenPersistent401_call_signsInAgainOnceThenFailsWithAuthenticationFailed() {
    AtomicInteger forgotten = new AtomicInteger();
    AtomicInteger n = new AtomicInteger();
    GraphCalls calls =
        new GraphCalls(5, Duration.ofSeconds(5), waits::add, forgotten::incrementAndGet);
    assertThrows(
        AuthenticationFailedException.class,
        () ->
            calls.call(
                "op",
                () -> {
                  n.incrementAndGet();
                  throw graphError(401, "InvalidAuthenticationToken", null);
                }));
    assertEquals(1, forgotten.get());
    assertEquals(2, n.get());
    assertEquals(List.of(), waits);
  }

  @Test
  void givenAnErrorBodyWithoutErrorObject_call_mapsItWithoutNullPointerException() {
    ResponseHeaders headers = new ResponseHeaders();
    headers.add("request-id", "rid-empty");
    ApiException bare =
        new ApiExceptionBuilder(ODataError::new)
            .withResponseStatusCode(403)
            .withResponseHeaders(headers)
            .build();
    PermissionDeniedException e =
        assertThrows(
            PermissionDeniedException.class,
            () ->
                calls(3, Duration.ofSeconds(1))
                    .call(
                        "op",
                        () -> {
                          throw bare;
                        }));
    assertEquals("HTTP403", e.remoteError().orElseThrow().code());
    assertEquals("rid-empty", e.remoteError().orElseThrow().requestId());
  }

  @Test
  void givenBadRequest_call_isNotRetried() {
    AtomicInteger n = new AtomicInteger();
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                calls(5, Duration.ofSeconds(5))
                    .call(
                        "op",
                        () -> {
                          n.incrementAndGet();
                          throw graphError(400, "Request_BadRequest", null);
                        }));
    assertEquals(1, n.get());
    assertInstanceOf(ODataError.class, e.getCause());
  }
}
