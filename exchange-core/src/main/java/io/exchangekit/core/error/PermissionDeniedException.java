package io.exchangekit.core.error;

/** The service account may not do this (RBAC, missing role, denied parameter). */
public class PermissionDeniedException extends ExchangeConnectorException {
  private static final long serialVersionUID = 1L;

  public PermissionDeniedException(String message) {
    super(message);
  }

  public PermissionDeniedException(String message, Throwable cause, RemoteError remoteError) {
    super(message, cause, remoteError);
  }
}
