package io.exchangekit.core.error;

/** The credentials or certificate were refused. */
public class AuthenticationFailedException extends ExchangeConnectorException {
  private static final long serialVersionUID = 1L;

  public AuthenticationFailedException(String message) {
    super(message);
  }

  public AuthenticationFailedException(String message, Throwable cause, RemoteError remoteError) {
    super(message, cause, remoteError);
  }
}
