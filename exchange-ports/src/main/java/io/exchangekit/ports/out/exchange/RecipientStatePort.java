package io.exchangekit.ports.out.exchange;

import io.exchangekit.core.group.GroupState;
import io.exchangekit.core.mailbox.MailboxParameter;
import io.exchangekit.core.mailbox.MailboxState;
import io.exchangekit.core.recipient.RecipientIdentity;
import java.util.Optional;
import java.util.Set;

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
   * Loads the user and mailbox of an identity for a plan that sets {@code wanted}: an adapter may
   * leave out what such a plan does not compare (the delegate lists when no FullAccess, SendAs or
   * SendOnBehalf is wanted), so that the read asks the target less. The default reads everything.
   *
   * @param identity never null
   * @param wanted the parameters the request sets; never null
   * @return as {@link #loadMailbox(RecipientIdentity)}
   * @throws io.exchangekit.core.error.ExchangeConnectorException when the target fails
   */
  default MailboxState loadMailbox(RecipientIdentity identity, Set<MailboxParameter> wanted) {
    return loadMailbox(identity);
  }

  /**
   * Loads a distribution group with its members.
   *
   * @param identity never null
   * @return empty when Exchange knows no such group; never null
   * @throws io.exchangekit.core.error.ExchangeConnectorException when the target fails
   */
  Optional<GroupState> loadGroup(RecipientIdentity identity);
}
