package io.exchangekit.connector;

/** The embedded emulators as the connector's default target. */
final class EmbeddedTarget {
  private EmbeddedTarget() {}

  static Target start(Options options) {
    throw new IllegalStateException("the embedded target is being wired");
  }
}
