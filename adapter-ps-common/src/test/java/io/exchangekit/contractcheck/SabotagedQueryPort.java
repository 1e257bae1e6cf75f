package io.exchangekit.contractcheck;

import io.exchangekit.ports.spi.ExchangeBackend;
import io.exchangekit.testfixtures.contract.RecipientQueryPortContract;
import org.junit.jupiter.api.condition.EnabledIf;

/** The query port contract on {@link Sabotage#backend()}. */
@EnabledIf("io.exchangekit.contractcheck.Sabotage#isSet")
public class SabotagedQueryPort extends RecipientQueryPortContract {
  @Override
  protected ExchangeBackend backend() {
    return Sabotage.backend();
  }

  @Override
  protected String acceptedDomain() {
    return "contoso.com";
  }
}
