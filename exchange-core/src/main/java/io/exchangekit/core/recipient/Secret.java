package io.exchangekit.core.recipient;

import java.util.Objects;

/**
 * A password or other secret. It is never printed: {@link #toString()} shows {@code ****}; only
 * {@link #reveal()} gives the value, for the one place that must send it.
 */
public final class Secret {
  public static final String MASK = "****";
  private final String value;

  private Secret(String value) {
    Objects.requireNonNull(value, "'secret' must not be null");
    if (value.isEmpty()) {
      throw new IllegalArgumentException("'secret' must not be empty");
    }
    if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0 || value.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("'secret' must not contain CR, LF or NUL");
    }
    this.value = value;
  }

  public static Secret of(String value) {
    return new Secret(value);
  }

  /** The secret itself. Call it only where it is sent to the target. */
  public String reveal() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Secret s && s.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return MASK;
  }
}
