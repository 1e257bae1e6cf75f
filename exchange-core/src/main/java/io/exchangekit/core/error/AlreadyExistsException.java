package io.exchangekit.core.error;

/** The object, name or address is already taken by another object. */
public class AlreadyExistsException extends ExchangeConnectorException {
  private static final long serialVersionUID = 1L;

  public AlreadyExistsException(String message) {
    super(message);
  }

  public AlreadyExistsException(String message, Throwable cause, RemoteError remoteError) {
    super(message, cause, remoteError);
  }
}
