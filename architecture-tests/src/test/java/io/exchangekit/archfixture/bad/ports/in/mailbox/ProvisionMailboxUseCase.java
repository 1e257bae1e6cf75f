package io.exchangekit.archfixture.bad.ports.in.mailbox;

import io.exchangekit.archfixture.bad.ports.out.MailboxPort;

/** Violates ports.in ↛ ports.out: a use case that takes a driven port. */
public interface ProvisionMailboxUseCase {
  void provision(String alias, MailboxPort through);
}
