package org.quicktheories;

/** Stand-in for a QuickTheories generator, used only by the architecture fixtures. */
public final class FakeGenerate {
  private FakeGenerate() {}

  public static int anyInt() {
    return 4;
  }
}
