package io.exchangekit.ports.out.exchange;

import io.exchangekit.core.group.GroupState;
import io.exchangekit.core.mailbox.MailboxState;
import io.exchangekit.core.recipient.RecipientIdentity;
import java.util.Optional;

/**
 * Driven port: reads what exists now for an identity, which the planner compares with the request.
 */
public interface RecipientStatePort {
  /**
   * Loads the user and mailbox of an identity.
   *
   * @param identity never null
   * @return {@link MailboxState#ABSENT} when there is no such user; never null
   * @throws io.exchangekit.core.error.ExchangeConnectorException when the target fails
   */
  MailboxState loadMailbox(RecipientIdentity identity);

  /**
   * Loads a distribution group with its members.
   *
   * @param identity never null
   * @return empty when Exchange knows no such group; never null
   * @throws io.exchangekit.core.error.ExchangeConnectorException when the target fails
   */
  Optional<GroupState> loadGroup(RecipientIdentity identity);
}
