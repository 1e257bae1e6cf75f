package io.exchangekit.adapter.connid;

import io.exchangekit.core.error.AlreadyExistsException;
import io.exchangekit.core.error.AuthenticationFailedException;
import io.exchangekit.core.error.ExchangeConnectorException;
import io.exchangekit.core.error.InvalidValueException;
import io.exchangekit.core.error.ModeNotSupportedException;
import io.exchangekit.core.error.OperationTimeoutException;
import io.exchangekit.core.error.PermissionDeniedException;
import io.exchangekit.core.error.RetryableException;
import io.exchangekit.core.error.ServiceUnavailableException;
import io.exchangekit.core.error.UnknownObjectException;
import io.exchangekit.core.error.ValidationException;
import org.identityconnectors.framework.common.exceptions.ConfigurationException;
import org.identityconnectors.framework.common.exceptions.ConnectionFailedException;
import org.identityconnectors.framework.common.exceptions.ConnectorException;
import org.identityconnectors.framework.common.exceptions.InvalidAttributeValueException;
import org.identityconnectors.framework.common.exceptions.UnknownUidException;

/**
 * The one table from ExchangeKit's exception family to ConnId's. The message is ExchangeKit's
 * (which never carries a secret); the cause is kept for the host's log.
 */
final class Errors {
  private Errors() {}

  static RuntimeException toConnId(ExchangeConnectorException e) {
    String message = e.getMessage();
    if (e instanceof UnknownObjectException) {
      return new UnknownUidException(message, e);
    }
    if (e instanceof AlreadyExistsException) {
      return new org.identityconnectors.framework.common.exceptions.AlreadyExistsException(
          message, e);
    }
    if (e instanceof ValidationException || e instanceof InvalidValueException) {
      return new InvalidAttributeValueException(message, e);
    }
    if (e instanceof PermissionDeniedException) {
      return new org.identityconnectors.framework.common.exceptions.PermissionDeniedException(
          message, e);
    }
    if (e instanceof AuthenticationFailedException || e instanceof ServiceUnavailableException) {
      return new ConnectionFailedException(message, e);
    }
    if (e instanceof OperationTimeoutException) {
      return new org.identityconnectors.framework.common.exceptions.OperationTimeoutException(
          message, e);
    }
    if (e instanceof RetryableException) {
      return org.identityconnectors.framework.common.exceptions.RetryableException.wrap(message, e);
    }
    if (e instanceof ModeNotSupportedException) {
      return new ConfigurationException(message, e);
    }
    return new ConnectorException(message, e);
  }
}
