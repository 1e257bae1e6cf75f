package io.exchangekit.archfixture.bad.connector;

/** The composition root; reading the environment is allowed here. */
final class ConnectorMain {
  private ConnectorMain() {}

  static String target() {
    return System.getenv("EXCHANGEKIT_TARGET");
  }
}
