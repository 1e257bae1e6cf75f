package io.exchangekit.archfixture.bad.adapter.openiam;

import org.identityconnectors.framework.spi.FakeConnector;

/** Violation: an adapter other than the ConnId bundle uses a ConnId type. */
final class ConnIdLeak {
  FakeConnector connector;
}
