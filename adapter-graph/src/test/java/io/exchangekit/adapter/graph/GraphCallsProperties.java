package io.exchangekit.adapter.graph;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class GraphCallsProperties {

  @Test
  void givenAnyPositiveMillis_parseRetryAfter_returnsThatWait() {
    qt().forAll(integers().between(1, 3_600_000))
        .check(
            ms -> {
              String header = java.math.BigDecimal.valueOf(ms, 3).toPlainString();
              return GraphCalls.parseRetryAfter(header).orElseThrow().equals(Duration.ofMillis(ms));
            });
  }

  @Test
  void givenFewerFailuresThanAttempts_call_succeedsAfterOneWaitPerFailure() {
    qt().forAll(integers().between(0, 9))
        .check(
            failures -> {
              List<Duration> waits = new ArrayList<>();
              AtomicInteger n = new AtomicInteger();
              String r =
                  new GraphCalls(10, Duration.ofSeconds(1), waits::add)
                      .call(
                          "op",
                          () -> {
                            if (n.incrementAndGet() <= failures) {
                              throw GraphCallsTest.graphError(
                                  n.get() % 2 == 0 ? 503 : 429, "x", "0.01");
                            }
                            return "done";
                          });
              return r.equals("done") && waits.size() == failures && n.get() == failures + 1;
            });
  }
}
