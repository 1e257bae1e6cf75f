package io.exchangekit.adapter.connid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.exchangekit.core.error.AlreadyExistsException;
import io.exchangekit.core.error.AuthenticationFailedException;
import io.exchangekit.core.error.BrokenSessionException;
import io.exchangekit.core.error.ExchangeConnectorException;
import io.exchangekit.core.error.InvalidValueException;
import io.exchangekit.core.error.MailboxNotProvisionedYetException;
import io.exchangekit.core.error.ModeNotSupportedException;
import io.exchangekit.core.error.OperationTimeoutException;
import io.exchangekit.core.error.PermissionDeniedException;
import io.exchangekit.core.error.ServiceUnavailableException;
import io.exchangekit.core.error.ThrottledException;
import io.exchangekit.core.error.UnknownObjectException;
import io.exchangekit.core.error.ValidationException;
import io.exchangekit.core.error.Violation;
import java.util.List;
import java.util.Map;
import org.identityconnectors.framework.common.exceptions.ConfigurationException;
import org.identityconnectors.framework.common.exceptions.ConnectionFailedException;
import org.identityconnectors.framework.common.exceptions.ConnectorException;
import org.identityconnectors.framework.common.exceptions.InvalidAttributeValueException;
import org.identityconnectors.framework.common.exceptions.RetryableException;
import org.identityconnectors.framework.common.exceptions.UnknownUidException;
import org.junit.jupiter.api.Test;

class ErrorsTest {

  @Test
  void
      givenEveryExchangeKitFailure_toConnId_mapsToTheMatchingConnIdExceptionKeepingMessageAndCause() {
    Map<ExchangeConnectorException, Class<? extends RuntimeException>> table =
        Map.ofEntries(
            Map.entry(new UnknownObjectException("no 'jdoe'"), UnknownUidException.class),
            Map.entry(
                new AlreadyExistsException("'jdoe' exists"),
                org.identityconnectors.framework.common.exceptions.AlreadyExistsException.class),
            Map.entry(
                new ValidationException(List.of(new Violation("Alias", "must not contain spaces"))),
                InvalidAttributeValueException.class),
            Map.entry(
                new InvalidValueException("bad Database", List.of("Database")),
                InvalidAttributeValueException.class),
            Map.entry(
                new PermissionDeniedException("no role"),
                org.identityconnectors.framework.common.exceptions.PermissionDeniedException.class),
            Map.entry(
                new AuthenticationFailedException("logon failure"),
                ConnectionFailedException.class),
            Map.entry(
                new ServiceUnavailableException("server down"), ConnectionFailedException.class),
            Map.entry(
                new OperationTimeoutException("no answer in 60 s"),
                org.identityconnectors.framework.common.exceptions.OperationTimeoutException.class),
            Map.entry(new ThrottledException("slow down"), RetryableException.class),
            Map.entry(new BrokenSessionException("session died"), RetryableException.class),
            Map.entry(
                new MailboxNotProvisionedYetException("mailbox not there yet"),
                RetryableException.class),
            Map.entry(
                new ModeNotSupportedException("online is not configured"),
                ConfigurationException.class),
            Map.entry(new ExchangeConnectorException("anything else"), ConnectorException.class));
    table.forEach(
        (in, expected) -> {
          RuntimeException out = Errors.toConnId(in);
          assertEquals(expected, out.getClass(), in.getClass().getSimpleName());
          assertEquals(in.getMessage(), out.getMessage(), in.getClass().getSimpleName());
          assertSame(in, out.getCause(), in.getClass().getSimpleName());
        });
  }

  @Test
  void givenValidationFailure_toConnId_namesTheField() {
    RuntimeException out =
        Errors.toConnId(
            new ValidationException(List.of(new Violation("Alias", "must not contain spaces"))));
    assertEquals(true, out.getMessage().contains("Alias"), out.getMessage());
  }
}
