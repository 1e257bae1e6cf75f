package io.exchangekit.core.error;

/** The operation or parameter has no meaning in the requested connector mode or version. */
public class ModeNotSupportedException extends ExchangeConnectorException {
  private static final long serialVersionUID = 1L;

  public ModeNotSupportedException(String message) {
    super(message);
  }

  public ModeNotSupportedException(String message, Throwable cause, RemoteError remoteError) {
    super(message, cause, remoteError);
  }
}
