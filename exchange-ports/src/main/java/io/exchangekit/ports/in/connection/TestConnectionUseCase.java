package io.exchangekit.ports.in.connection;

import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.mode.Scope;

/** Use case: check that the target of a scope answers, and report its Exchange version. */
public interface TestConnectionUseCase {
  /**
   * @param scope the scope to test; never null
   * @return the Exchange version the target reports; never null
   * @throws io.exchangekit.core.error.AuthenticationFailedException the credentials were refused
   * @throws io.exchangekit.core.error.ExchangeConnectorException the target cannot be reached
   */
  ExchangeVersion test(Scope scope);
}
