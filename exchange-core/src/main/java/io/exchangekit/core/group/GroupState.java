package io.exchangekit.core.group;

import java.util.Objects;
import java.util.Set;

/**
 * A distribution group as Exchange reports it: its values (multi-valued ones as REPLACE changes)
 * and its members' identities.
 */
public record GroupState(DistributionGroupSettings values, Set<String> members) {
  public GroupState {
    Objects.requireNonNull(values, "'values' must not be null");
    members = Set.copyOf(members);
  }
}
