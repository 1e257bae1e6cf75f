package io.exchangekit.core.error;

import io.exchangekit.core.plan.Step;
import java.util.List;

/** The service account may not do this (RBAC, missing role, denied parameter). */
public class PermissionDeniedException extends ExchangeConnectorException {
  private static final long serialVersionUID = 1L;

  public PermissionDeniedException(String message) {
    super(message);
  }

  public PermissionDeniedException(String message, Throwable cause, RemoteError remoteError) {
    super(message, cause, remoteError);
  }

  /** The same failure after {@code steps}; see {@link #afterSteps}. */
  protected PermissionDeniedException(
      PermissionDeniedException failure, List<? extends Step> steps) {
    super(failure, steps);
  }

  @Override
  public PermissionDeniedException afterSteps(List<? extends Step> steps) {
    return new PermissionDeniedException(this, steps);
  }
}
