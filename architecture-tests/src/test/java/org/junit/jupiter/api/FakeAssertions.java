package org.junit.jupiter.api;

/** Stand-in for JUnit's assertions, used only by the architecture fixtures. */
public final class FakeAssertions {
  private FakeAssertions() {}

  public static void assertTrue(boolean condition) {
    if (!condition) {
      throw new AssertionError();
    }
  }
}
