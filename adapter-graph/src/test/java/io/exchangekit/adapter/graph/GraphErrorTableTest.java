package io.exchangekit.adapter.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.core.error.AlreadyExistsException;
import io.exchangekit.core.error.AuthenticationFailedException;
import io.exchangekit.core.error.ExchangeConnectorException;
import io.exchangekit.core.error.InvalidValueException;
import io.exchangekit.core.error.PermissionDeniedException;
import io.exchangekit.core.error.ServiceUnavailableException;
import io.exchangekit.core.error.ThrottledException;
import io.exchangekit.core.error.UnknownObjectException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GraphErrorTableTest {

  private static ExchangeConnectorException map(int status, String code, String message) {
    return GraphErrorTable.toException(
        "test",
        new GraphFailure(status, code, message, "req-1", Optional.of(Duration.ofSeconds(2)), null));
  }

  @Test
  void givenGraphsDocumentedErrors_toException_mapsEachToItsDomainException() {
    assertInstanceOf(
        UnknownObjectException.class,
        map(404, "Request_ResourceNotFound", "Resource 'x' does not exist"));
    assertInstanceOf(
        AlreadyExistsException.class,
        map(
            400,
            "Request_BadRequest",
            "Another object with the same value for property userPrincipalName already exists."));
    assertInstanceOf(
        AuthenticationFailedException.class,
        map(401, "InvalidAuthenticationToken", "Access token is empty."));
    assertInstanceOf(
        PermissionDeniedException.class,
        map(
            403,
            "Authorization_RequestDenied",
            "Insufficient privileges to complete the operation."));
    assertInstanceOf(
        ServiceUnavailableException.class, map(503, "serviceNotAvailable", "Service unavailable"));
    assertInstanceOf(
        ThrottledException.class,
        map(400, "Request_ThrottledTemporarily", "Your request is throttled temporarily."));
  }

  @Test
  void givenLicenceErrors_toException_namesTheRequestAttribute() {
    record Case(String message, String attribute) {}
    List<Case> cases =
        List.of(
            new Case(
                "License assignment cannot be done for user with invalid usage location.",
                "UsageLocation"),
            new Case(
                "Subscription with SKU 6fd2c87f-b296-42f0-b197-1e91e994b900 does not have any"
                    + " available licenses.",
                "LicensesToAssignJson"),
            new Case(
                "License c7df2760-2c81-4ef7-b578-5b5392b571df does not correspond to a valid"
                    + " company License.",
                "LicensesToAssignJson"),
            new Case("User does not have a corresponding license.", "LicensesToAssignJson"),
            new Case(
                "The specified password does not comply with password complexity requirements.",
                "Password"));
    for (Case c : cases) {
      InvalidValueException e =
          assertInstanceOf(
              InvalidValueException.class,
              map(400, "Request_BadRequest", c.message()),
              c.message());
      assertEquals(List.of(c.attribute()), e.attributes(), c.message());
    }
  }

  @Test
  void givenThrottling_toException_keepsCodeRequestIdAndRetryAfter() {
    ThrottledException e =
        assertInstanceOf(
            ThrottledException.class, map(429, "TooManyRequests", "Please retry again later."));
    assertEquals("TooManyRequests", e.remoteError().orElseThrow().code());
    assertEquals("req-1", e.remoteError().orElseThrow().requestId());
    assertEquals(Duration.ofSeconds(2), e.retryAfter().orElseThrow());
    assertTrue(e.isRetryable());
    assertTrue(e.getMessage().contains("req-1"));
  }

  @Test
  void givenUnknownStatus_toException_fallsBackToTheRoot() {
    ExchangeConnectorException e = map(418, null, null);
    assertEquals(ExchangeConnectorException.class, e.getClass());
    assertEquals("HTTP418", e.remoteError().orElseThrow().code());
  }

  @Test
  void givenObjectConflictInDetailsWithAMessageInAnotherLanguage_toException_isAlreadyExists() {
    ExchangeConnectorException e =
        GraphErrorTable.toException(
            "create user",
            new GraphFailure(
                400,
                "Request_BadRequest",
                java.util.List.of("ObjectConflict"),
                "Un autre objet avec la même valeur pour la propriété userPrincipalName existe.",
                "req-2",
                Optional.empty(),
                null));
    assertInstanceOf(AlreadyExistsException.class, e);
  }

  @Test
  void givenAuthorizationRequestDenied_toException_namesThePermissionTheCallNeeds() {
    ExchangeConnectorException e =
        GraphErrorTable.toException(
            "assign licenses",
            new GraphFailure(
                403,
                "Authorization_RequestDenied",
                "Insufficient privileges to complete the operation.",
                "req-3",
                Optional.empty(),
                null));
    assertInstanceOf(PermissionDeniedException.class, e);
    org.junit.jupiter.api.Assertions.assertTrue(
        e.getMessage().contains("application permission User.ReadWrite.All"), e.getMessage());
  }
}
