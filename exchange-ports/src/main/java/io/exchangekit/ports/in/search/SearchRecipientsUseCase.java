package io.exchangekit.ports.in.search;

import io.exchangekit.core.search.RecipientRecord;
import java.util.stream.Stream;

/**
 * Use case: stream the recipients a read-only query finds. Records arrive as the target produces
 * them, so a reconciliation of 100,000 mailboxes does not hold them all in memory. Close the stream
 * to release the session.
 */
public interface SearchRecipientsUseCase {
  /**
   * @param query the query; never null
   * @return the records, lazily; never null
   * @throws io.exchangekit.core.error.ExchangeConnectorException any failure of the target
   */
  Stream<RecipientRecord> search(SearchRecipientsQuery query);
}
