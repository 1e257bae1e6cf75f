package io.exchangekit.core.recipient;

/**
 * The name of an Exchange configuration object a request refers to: a database, a policy, an
 * organizational unit. Exchange resolves it; the domain only checks that it is a usable text.
 */
public record ObjectName(String value) {
  public ObjectName {
    Texts.require(value, "name", 1024);
  }

  public static ObjectName of(String value) {
    return new ObjectName(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
