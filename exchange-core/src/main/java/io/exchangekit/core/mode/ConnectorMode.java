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

  /** All six modes, for exhaustive checks. */
  public static List<ConnectorMode> all() {
    return List.of(
        of(Scope.PREMISE, NewUserBehavior.ENABLE),
        of(Scope.PREMISE, NewUserBehavior.CREATE),
        of(Scope.ONLINE, NewUserBehavior.CREATE),
        of(Scope.ONLINE, NewUserBehavior.ENABLE),
        of(Scope.HYBRID, NewUserBehavior.ENABLE),
        of(Scope.HYBRID, NewUserBehavior.CREATE));
  }

  public boolean isOnline() {
    return scope == Scope.ONLINE;
  }

  /** True for hybrid scope: remote mailboxes on the on-premises server, licences in the tenant. */
  public boolean isHybrid() {
    return scope == Scope.HYBRID;
  }

  /** True when the tenant's directory holds the user: online and hybrid scope. */
  public boolean usesCloudDirectory() {
    return scope != Scope.PREMISE;
  }

  public boolean creates() {
    return behavior == NewUserBehavior.CREATE;
  }

  @Override
  public String toString() {
    return scope + "+" + behavior;
  }
}
