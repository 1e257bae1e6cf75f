package io.exchangekit.archfixture.good.adapter.connid;

import org.identityconnectors.framework.spi.FakeConnector;

/** The ConnId bundle: the one module that may use ConnId types. */
public final class BundleConnector implements FakeConnector {}
