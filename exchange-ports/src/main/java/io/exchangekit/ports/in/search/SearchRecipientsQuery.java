package io.exchangekit.ports.in.search;

import io.exchangekit.core.mode.Scope;
import io.exchangekit.core.search.SearchQuery;
import java.util.Objects;

/**
 * Find recipients for reconciliation and synchronisation.
 *
 * @param scope which Exchange to ask; never null
 * @param query the read-only query; never null
 */
public record SearchRecipientsQuery(Scope scope, SearchQuery query) {
  public SearchRecipientsQuery {
    Objects.requireNonNull(scope, "'scope' must not be null");
    Objects.requireNonNull(query, "'query' must not be null");
  }
}
