package io.exchangekit.core.planning;

import io.exchangekit.core.error.ModeNotSupportedException;
import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.mode.ExchangeVersion;
import java.util.Objects;

/** The connector mode, the target's Exchange version and the deployment's options. */
public record PlanningContext(ConnectorMode mode, ExchangeVersion version, PlanOptions options) {
  public PlanningContext {
    Objects.requireNonNull(mode, "'mode' must not be null");
    Objects.requireNonNull(version, "'version' must not be null");
    Objects.requireNonNull(options, "'options' must not be null");
    if (mode.isOnline() != version.isOnline()) {
      throw new ModeNotSupportedException(
          "connector scope "
              + mode.scope().settingValue()
              + " cannot target "
              + version.productName()
              + "; online scope needs Exchange Online, premise and hybrid scope an Exchange"
              + " Server");
    }
  }

  public static PlanningContext of(ConnectorMode mode, ExchangeVersion version) {
    return new PlanningContext(mode, version, PlanOptions.DEFAULT);
  }
}
