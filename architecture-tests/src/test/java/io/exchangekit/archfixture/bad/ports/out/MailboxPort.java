package io.exchangekit.archfixture.bad.ports.out;

/** A driven port, referenced by a use case (see {@code ProvisionMailboxUseCase}). */
public interface MailboxPort {
  void create(String alias);
}
