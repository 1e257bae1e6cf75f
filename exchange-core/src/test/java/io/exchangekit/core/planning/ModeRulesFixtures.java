package io.exchangekit.core.planning;

import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.mode.NewUserBehavior;
import io.exchangekit.core.mode.Scope;

/** The four connector modes, by their short names. */
final class ModeRulesFixtures {
  static final ConnectorMode PE = ConnectorMode.of(Scope.PREMISE, NewUserBehavior.ENABLE);
  static final ConnectorMode PC = ConnectorMode.of(Scope.PREMISE, NewUserBehavior.CREATE);
  static final ConnectorMode OC = ConnectorMode.of(Scope.ONLINE, NewUserBehavior.CREATE);
  static final ConnectorMode OE = ConnectorMode.of(Scope.ONLINE, NewUserBehavior.ENABLE);

  private ModeRulesFixtures() {}
}
