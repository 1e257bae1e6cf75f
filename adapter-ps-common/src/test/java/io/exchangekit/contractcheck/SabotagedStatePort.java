package io.exchangekit.contractcheck;

import io.exchangekit.ports.spi.ExchangeBackend;
import io.exchangekit.testfixtures.contract.RecipientStatePortContract;
import org.junit.jupiter.api.condition.EnabledIf;

/** The state port contract on {@link Sabotage#backend()}. */
@EnabledIf("io.exchangekit.contractcheck.Sabotage#isSet")
public class SabotagedStatePort extends RecipientStatePortContract {
  @Override
  protected ExchangeBackend backend() {
    return Sabotage.backend();
  }

  @Override
  protected String acceptedDomain() {
    return "contoso.com";
  }
}
