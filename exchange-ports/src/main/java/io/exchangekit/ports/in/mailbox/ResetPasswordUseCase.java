package io.exchangekit.ports.in.mailbox;

import io.exchangekit.ports.in.Outcome;

/**
 * Use case: reset a user's password, in the modes where the connector owns it (create behaviour):
 * Set-Mailbox -Password on Exchange 2013 and later, the cloud user's password profile Online.
 */
public interface ResetPasswordUseCase {
  /**
   * @param command the request; never null
   * @return what ran; never null
   * @throws io.exchangekit.core.error.ModeNotSupportedException enable behaviour, or Exchange 2010
   * @throws io.exchangekit.core.error.ExchangeConnectorException any failure of the target
   */
  Outcome resetPassword(ResetPasswordCommand command);
}
