package io.exchangekit.core.error;

/** The target did not answer in time; the outcome of the call is unknown. */
public class OperationTimeoutException extends ExchangeConnectorException {
  private static final long serialVersionUID = 1L;

  public OperationTimeoutException(String message) {
    super(message);
  }

  public OperationTimeoutException(String message, Throwable cause, RemoteError remoteError) {
    super(message, cause, remoteError);
  }
}
