package io.exchangekit.core.mode;

import java.util.List;
import java.util.Objects;

/** Connector scope and new-user behaviour; the default is PREMISE + ENABLE. */
public record ConnectorMode(Scope scope, NewUserBehavior behavior) {
  public static final ConnectorMode DEFAULT =
      new ConnectorMode(Scope.PREMISE, NewUserBehavior.ENABLE);

  public ConnectorMode {
    Objects.requireNonNull(scope, "'connectorScope' must not be null");
    Objects.requireNonNull(behavior, "'newUserBehavior' must not be null");
  }

  public static ConnectorMode of(Scope scope, NewUserBehavior behavior) {
    return new ConnectorMode(scope, behavior);
  }

  /** All four modes, for exhaustive checks. */
  public static List<ConnectorMode> all() {
    return List.of(
        of(Scope.PREMISE, NewUserBehavior.ENABLE),
        of(Scope.PREMISE, NewUserBehavior.CREATE),
        of(Scope.ONLINE, NewUserBehavior.CREATE),
        of(Scope.ONLINE, NewUserBehavior.ENABLE));
  }

  public boolean isOnline() {
    return scope == Scope.ONLINE;
  }

  public boolean creates() {
    return behavior == NewUserBehavior.CREATE;
  }

  @Override
  public String toString() {
    return scope + "+" + behavior;
  }
}
