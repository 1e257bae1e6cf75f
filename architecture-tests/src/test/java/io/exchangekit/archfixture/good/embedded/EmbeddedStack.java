package io.exchangekit.archfixture.good.embedded;

import io.exchangekit.archfixture.good.adapter.onprem.OnPremBackendProvider;
import io.exchangekit.archfixture.good.adapter.onprem.OnPremConfig;
import io.exchangekit.archfixture.good.emulator.FakeExchange;

/**
 * A composition root over the emulators: wires an adapter and an emulator, both of which it may.
 */
public final class EmbeddedStack {
  private final FakeExchange exchange = new FakeExchange();
  private final OnPremBackendProvider provider =
      new OnPremBackendProvider(new OnPremConfig("ex01", OnPremConfig.Authentication.KERBEROS));

  public Object mailboxPort() {
    return provider.mailboxPort();
  }

  public String version() {
    return exchange.version();
  }
}
