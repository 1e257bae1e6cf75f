package io.exchangekit.adapter.powershell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.adapter.powershell.Envelope.ErrorRecord;
import io.exchangekit.adapter.powershell.ExchangeErrorTable.Phase;
import io.exchangekit.core.error.AlreadyExistsException;
import io.exchangekit.core.error.AuthenticationFailedException;
import io.exchangekit.core.error.BrokenSessionException;
import io.exchangekit.core.error.ExchangeConnectorException;
import io.exchangekit.core.error.InvalidValueException;
import io.exchangekit.core.error.OperationTimeoutException;
import io.exchangekit.core.error.PermissionDeniedException;
import io.exchangekit.core.error.ThrottledException;
import io.exchangekit.core.error.UnknownObjectException;
import io.exchangekit.core.recipient.Secret;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExchangeErrorTableTest {
  private static ExchangeConnectorException map(
      String reason, String fqid, String message, Phase phase, String cmdlet) {
    return ExchangeErrorTable.toException(
        new ErrorRecord(reason, fqid, message, "NotSpecified"),
        phase,
        cmdlet,
        Script.of("", "x"),
        Duration.ofSeconds(2));
  }

  private static ExchangeConnectorException map(String reason, String message) {
    return map(reason, "", message, Phase.COMMAND, "Set-Mailbox");
  }

  @Test
  void givenDistributionGroupNotFound_map_addsTheActiveDirectoryHint() {
    ExchangeConnectorException e =
        map(
            "ManagementObjectNotFoundException",
            "[Server=EXCHANGE1,RequestId=abc-1,TimeStamp=x] [FailureCategory=Cmdlet-"
                + "ManagementObjectNotFoundException] 1082ECE3,Microsoft.Exchange",
            "The operation couldn't be performed because object 'Sales' couldn't be found on"
                + " 'DC01.contoso.com'.",
            Phase.COMMAND,
            "Set-DistributionGroup");
    assertInstanceOf(UnknownObjectException.class, e);
    assertTrue(e.getMessage().endsWith(ExchangeErrorTable.AD_GROUP_HINT));
    assertEquals("abc-1", e.remoteError().orElseThrow().requestId());
    assertFalse(
        map("ManagementObjectNotFoundException", "object 'x' couldn't be found on 'y'.")
            .getMessage()
            .contains("Active Directory"));
  }

  @Test
  void givenEachKindOfRecord_map_choosesItsDomainException() {
    assertInstanceOf(
        AlreadyExistsException.class,
        map("ADObjectAlreadyExistsException", "The object 'CN=x' already exists."));
    assertInstanceOf(
        AlreadyExistsException.class,
        map("", "The proxy address \"SMTP:a@b\" is already being used by the proxy addresses"));
    assertInstanceOf(UnknownObjectException.class, map("", "Couldn't find database \"DB9\"."));
    InvalidValueException invalid =
        (InvalidValueException)
            map(
                "ParameterBindingException",
                "A parameter cannot be found that matches parameter name 'Member'.");
    assertEquals(List.of("Member"), invalid.attributes());
    assertInstanceOf(
        PermissionDeniedException.class,
        map("", "Active Directory operation failed: Insufficient access rights."));
    assertInstanceOf(
        ThrottledException.class,
        map("", "Micro delay applied. Actual delayed: 750 msecs, Enforced"));
    assertInstanceOf(
        BrokenSessionException.class,
        map("", "[FailureCategory=WSMan-InvalidShellID] The request … shell was not found."));
    assertInstanceOf(OperationTimeoutException.class, map("", "The operation has timed out."));
    assertInstanceOf(
        ExchangeConnectorException.class, map("SomethingElse", "Something else went wrong."));
  }

  @Test
  void givenThrottledRecord_map_takesExchangesDelayAsRetryAfter() {
    ThrottledException t =
        (ThrottledException) map("", "Micro delay applied. Actual delayed: 750 msecs, Enforced");
    assertEquals(Duration.ofMillis(750), t.retryAfter().orElseThrow());
    assertEquals(
        Duration.ofSeconds(2),
        ((ThrottledException) map("ThrottlingException", "busy")).retryAfter().orElseThrow());
  }

  @Test
  void givenConnectPhase_map_separatesAuthenticationFromTheSessionLimit() {
    assertInstanceOf(
        AuthenticationFailedException.class,
        map(
            "PSRemotingTransportException",
            "AccessDenied,PSSessionOpenFailed",
            "Connecting to remote server failed: Access is denied.",
            Phase.CONNECT,
            "Connecting"));
    assertInstanceOf(
        AuthenticationFailedException.class,
        map("MsalServiceException", "", "AADSTS700027: invalid signature", Phase.CONNECT, "c"));
    assertInstanceOf(
        ThrottledException.class,
        map(
            "PSRemotingTransportException",
            "-2144108477,PSSessionOpenFailed [FailureCategory=AuthZ-AuthorizationException]",
            "Fail to create a runspace because you have exceeded the maximum number of"
                + " connections allowed : 3 for the policy party : MaxConcurrency.",
            Phase.CONNECT,
            "Connecting"));
    assertInstanceOf(
        PermissionDeniedException.class,
        map("", "", "Access is denied.", Phase.COMMAND, "Set-Mailbox"));
  }

  @Test
  void givenExoPrefixAndSecrets_map_keepsTheHumanPartAndMasksSecrets() {
    Secret pw = Secret.of("hunter2'x");
    ExchangeConnectorException e =
        ExchangeErrorTable.toException(
            new ErrorRecord(
                "",
                "",
                "Ex4215D1|Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException|"
                    + "object hunter2''x couldn't be found.",
                ""),
            Phase.COMMAND,
            "Remove-MailUser",
            new Script("", List.of(pw), "x"),
            Duration.ZERO);
    assertEquals("Remove-MailUser failed: object **** couldn't be found.", e.getMessage());
  }
}
