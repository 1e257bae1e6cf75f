package io.exchangekit.adapter.graph;

import io.exchangekit.core.license.SkuCatalog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The tenant's subscribed SKUs, read at most once per period; a lookup that misses reads them
 * again, since a SKU may have been bought since the last read, but not more often than every {@link
 * #MISS_INTERVAL} so that a misspelt licence name cannot make every request read the catalog.
 */
final class SkuCatalogCache {

  static final Duration MISS_INTERVAL = Duration.ofSeconds(10);

  private final Supplier<SkuCatalog> loader;
  private final Duration ttl;
  private final Clock clock;
  private SkuCatalog catalog;
  private Instant loadedAt;
  private int loads;

  SkuCatalogCache(Supplier<SkuCatalog> loader, Duration ttl, Clock clock) {
    this.loader = loader;
    this.ttl = ttl;
    this.clock = clock;
  }

  synchronized SkuCatalog get() {
    if (catalog == null || !clock.instant().isBefore(loadedAt.plus(ttl))) {
      load();
    }
    return catalog;
  }

  /**
   * The catalog, read again when the cached one does not satisfy {@code covers} and was read more
   * than {@link #MISS_INTERVAL} ago.
   */
  synchronized SkuCatalog covering(Predicate<SkuCatalog> covers) {
    SkuCatalog c = get();
    if (!covers.test(c) && !clock.instant().isBefore(loadedAt.plus(MISS_INTERVAL))) {
      load();
    }
    return catalog;
  }

  synchronized int loads() {
    return loads;
  }

  private void load() {
    catalog = loader.get();
    loadedAt = clock.instant();
    loads++;
  }
}
