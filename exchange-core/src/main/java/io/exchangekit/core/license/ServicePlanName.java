package io.exchangekit.core.license;

import io.exchangekit.core.recipient.Texts;

/** A service plan name inside a SKU, such as {@code SWAY} or {@code EXCHANGE_S_ENTERPRISE}. */
public record ServicePlanName(String value) {
  public ServicePlanName {
    Texts.require(value, "DisabledPlans", 256);
  }

  public static ServicePlanName of(String value) {
    return new ServicePlanName(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
