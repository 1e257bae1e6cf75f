package io.exchangekit.archfixture.good.ports.service;

import io.exchangekit.archfixture.good.ports.in.ProvisionMailboxUseCase;
import io.exchangekit.archfixture.good.ports.out.MailboxPort;

/** The public factory of the services, with a nested builder. */
public final class ExchangeUseCases {
  private final ProvisionMailboxUseCase provisionMailbox;

  private ExchangeUseCases(MailboxPort port) {
    this.provisionMailbox = new ProvisionMailboxService(port);
  }

  public static Builder builder() {
    return new Builder();
  }

  public ProvisionMailboxUseCase provisionMailbox() {
    return provisionMailbox;
  }

  /** Collects the driven ports. */
  public static final class Builder {
    private MailboxPort port;

    public Builder mailboxPort(MailboxPort port) {
      this.port = port;
      return this;
    }

    public ExchangeUseCases build() {
      return new ExchangeUseCases(port);
    }
  }
}
