package org.identityconnectors.framework.spi;

/** Stand-in for a ConnId framework type, used only by the architecture fixtures. */
public interface FakeConnector {}
