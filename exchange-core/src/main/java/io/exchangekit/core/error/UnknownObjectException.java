package io.exchangekit.core.error;

/** The object the request names does not exist (no mailbox, user, group, SKU). */
public class UnknownObjectException extends ExchangeConnectorException {
  private static final long serialVersionUID = 1L;

  public UnknownObjectException(String message) {
    super(message);
  }

  public UnknownObjectException(String message, Throwable cause, RemoteError remoteError) {
    super(message, cause, remoteError);
  }
}
