package io.exchangekit.contractcheck;

import io.exchangekit.ports.spi.ExchangeBackend;
import io.exchangekit.testfixtures.contract.ExchangeCommandPortContract;
import org.junit.jupiter.api.condition.EnabledIf;

/** The command port contract on {@link Sabotage#backend()}. */
@EnabledIf("io.exchangekit.contractcheck.Sabotage#isSet")
public class SabotagedCommandPort extends ExchangeCommandPortContract {
  @Override
  protected ExchangeBackend backend() {
    return Sabotage.backend();
  }

  @Override
  protected String acceptedDomain() {
    return "contoso.com";
  }
}
