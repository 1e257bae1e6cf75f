package io.exchangekit.core.error;

import java.util.List;

/** The target rejected a value; {@link #attributes()} names the affected attributes. */
public class InvalidValueException extends ExchangeConnectorException {
  private static final long serialVersionUID = 1L;
  private final List<String> attributes;

  public InvalidValueException(
      String message, List<String> attributes, Throwable cause, RemoteError remoteError) {
    super(message, cause, remoteError);
    this.attributes = List.copyOf(attributes);
  }

  public InvalidValueException(String message, List<String> attributes) {
    this(message, attributes, null, null);
  }

  /** The request attributes the target rejected; empty when it did not say. */
  public List<String> attributes() {
    return attributes;
  }
}
