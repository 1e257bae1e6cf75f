package io.exchangekit.core.license;

import java.util.Objects;
import java.util.UUID;

/** A service plan of a subscribed SKU. */
public record ServicePlan(UUID id, String name) {
  public ServicePlan {
    Objects.requireNonNull(id, "'id' must not be null");
    Objects.requireNonNull(name, "'name' must not be null");
  }

  /** True for the plans that give a user an Exchange Online mailbox. */
  public boolean isExchangeMailboxPlan() {
    return name.startsWith("EXCHANGE_S_") && !name.equals("EXCHANGE_S_FOUNDATION");
  }
}
