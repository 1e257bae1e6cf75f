package io.exchangekit.archfixture.bad.ports.service;

/** The public factory of the services. */
public final class ExchangeUseCases {
  private ExchangeUseCases() {}

  public static ExchangeUseCases create() {
    return new ExchangeUseCases();
  }
}
