package io.exchangekit.adapter.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.exchangekit.core.license.SkuCatalog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SkuCatalogCacheTest {

  /** A clock the test moves by hand. */
  static final class ManualClock extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final ManualClock clock = new ManualClock();
  private final AtomicInteger reads = new AtomicInteger();
  private final SkuCatalogCache cache =
      new SkuCatalogCache(
          () -> {
            reads.incrementAndGet();
            return new SkuCatalog(List.of());
          },
          Duration.ofMinutes(10),
          clock);

  @Test
  void givenManyLookupsWithinThePeriod_get_readsOnce() {
    for (int i = 0; i < 50; i++) {
      cache.get();
      clock.now = clock.now.plusSeconds(10);
    }
    assertEquals(1, reads.get());
  }

  @Test
  void givenThePeriodPassed_get_readsAgain() {
    cache.get();
    clock.now = clock.now.plus(Duration.ofMinutes(10));
    cache.get();
    assertEquals(2, reads.get());
  }

  @Test
  void givenAMissOnACatalogOlderThanTheMissInterval_covering_readsAgainOnce() {
    cache.get();
    clock.now = clock.now.plus(SkuCatalogCache.MISS_INTERVAL);
    cache.covering(c -> false);
    assertEquals(2, reads.get());
  }

  @Test
  void givenRepeatedMissesRightAfterARead_covering_doesNotReadAgain() {
    cache.covering(c -> false);
    cache.covering(c -> false);
    clock.now = clock.now.plusSeconds(1);
    cache.covering(c -> false);
    assertEquals(1, reads.get());
  }

  @Test
  void givenAHit_covering_neverReadsAgain() {
    cache.get();
    clock.now = clock.now.plus(SkuCatalogCache.MISS_INTERVAL);
    cache.covering(c -> true);
    assertEquals(1, reads.get());
  }
}
