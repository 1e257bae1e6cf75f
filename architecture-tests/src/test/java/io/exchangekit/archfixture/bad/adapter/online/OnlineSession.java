package io.exchangekit.archfixture.bad.adapter.online;

import io.exchangekit.archfixture.bad.adapter.onprem.OnPremHelper;

/** Violates "no adapter depends on another": online reuses an on-premises helper. */
final class OnlineSession {
  String identity(String alias) {
    return OnPremHelper.quote(alias);
  }
}
