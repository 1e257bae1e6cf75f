package io.exchangekit.core.license;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The tenant's subscribed SKUs: what licence names and plan names resolve to. */
public record SkuCatalog(List<SubscribedSku> skus) {
  public SkuCatalog {
    skus = List.copyOf(skus);
  }

  public Optional<SubscribedSku> find(AccountSkuId id) {
    return skus.stream()
        .filter(s -> s.skuPartNumber().equalsIgnoreCase(id.skuPartNumber()))
        .findFirst();
  }

  public Optional<SubscribedSku> find(UUID skuId) {
    return skus.stream().filter(s -> s.skuId().equals(skuId)).findFirst();
  }
}
