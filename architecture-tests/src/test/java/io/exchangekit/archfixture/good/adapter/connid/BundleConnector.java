package io.exchangekit.archfixture.good.adapter.connid;

import io.exchangekit.archfixture.good.adapter.onprem.OnPremBackendProvider;
import org.identityconnectors.framework.spi.FakeConnector;

/** The ConnId bundle: the one module that may use ConnId types, and wires a backend. */
public final class BundleConnector implements FakeConnector {
  final Object backend = new OnPremBackendProvider().mailboxPort();
}
