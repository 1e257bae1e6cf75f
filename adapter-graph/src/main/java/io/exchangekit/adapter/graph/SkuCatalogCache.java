package io.exchangekit.adapter.graph;

import io.exchangekit.core.license.SkuCatalog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The tenant's subscribed SKUs, read at most once per period; a lookup that misses reads them again
 * once, since a SKU may have been bought since the last read.
 */
final class SkuCatalogCache {

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
   * The catalog, read again if the cached one does not satisfy {@code covers} (unless it was just
   * read).
   */
  synchronized SkuCatalog covering(Predicate<SkuCatalog> covers) {
    boolean fresh = catalog == null || !clock.instant().isBefore(loadedAt.plus(ttl));
    SkuCatalog c = get();
    if (!covers.test(c) && !fresh) {
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
