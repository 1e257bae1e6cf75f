package io.exchangekit.core.plan;

import java.util.List;

/** The directory changes one request needs, in order. */
public record DirectoryPlan(List<DirectoryAction> actions) {
  public static final DirectoryPlan EMPTY = new DirectoryPlan(List.of());

  public DirectoryPlan {
    actions = List.copyOf(actions);
  }

  public boolean isEmpty() {
    return actions.isEmpty();
  }
}
