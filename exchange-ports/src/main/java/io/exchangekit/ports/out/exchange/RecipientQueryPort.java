package io.exchangekit.ports.out.exchange;

import io.exchangekit.core.search.RecipientRecord;
import io.exchangekit.core.search.SearchQuery;
import java.util.stream.Stream;

/** Driven port: streams the recipients a read-only query finds. */
public interface RecipientQueryPort {
  /**
   * @param query never null
   * @return the records as the target produces them; closing the stream releases the session; never
   *     null
   * @throws io.exchangekit.core.error.ExchangeConnectorException when the target fails
   */
  Stream<RecipientRecord> search(SearchQuery query);
}
