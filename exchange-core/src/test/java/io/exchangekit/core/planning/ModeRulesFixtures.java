package io.exchangekit.core.planning;

import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.mode.NewUserBehavior;
import io.exchangekit.core.mode.Scope;

/** The six connector modes, by their short names. */
final class ModeRulesFixtures {
  static final ConnectorMode PE = ConnectorMode.of(Scope.PREMISE, NewUserBehavior.ENABLE);
  static final ConnectorMode PC = ConnectorMode.of(Scope.PREMISE, NewUserBehavior.CREATE);
  static final ConnectorMode OC = ConnectorMode.of(Scope.ONLINE, NewUserBehavior.CREATE);
  static final ConnectorMode OE = ConnectorMode.of(Scope.ONLINE, NewUserBehavior.ENABLE);

  static final ConnectorMode HE = ConnectorMode.of(Scope.HYBRID, NewUserBehavior.ENABLE);
  static final ConnectorMode HC = ConnectorMode.of(Scope.HYBRID, NewUserBehavior.CREATE);

  /** Options every mode can plan with: hybrid scope needs the tenant's routing domain. */
  static final PlanOptions OPTIONS =
      PlanOptions.DEFAULT.withRemoteRoutingDomain("contoso.mail.onmicrosoft.com");

  /** A context with {@link #OPTIONS}. */
  static PlanningContext context(ConnectorMode mode, ExchangeVersion version) {
    return new PlanningContext(mode, version, OPTIONS);
  }

  private ModeRulesFixtures() {}
}
