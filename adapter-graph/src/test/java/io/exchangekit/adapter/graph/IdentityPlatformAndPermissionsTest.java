package io.exchangekit.adapter.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.core.error.AuthenticationFailedException;
import io.exchangekit.core.error.PermissionDeniedException;
import io.exchangekit.core.error.ServiceUnavailableException;
import io.exchangekit.core.error.ThrottledException;
import io.exchangekit.core.recipient.Secret;
import io.exchangekit.core.recipient.UserPrincipalName;
import io.exchangekit.emulator.graph.ContosoTenant;
import io.exchangekit.emulator.graph.GraphEmulator;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The identity platform's real refusals and Graph's 403, as the adapter reports them. */
class IdentityPlatformAndPermissionsTest {

  private static final UserPrincipalName CAROL = UserPrincipalName.of(ContosoTenant.CAROL);

  private static GraphEmulator emulator;

  @BeforeAll
  static void start() {
    emulator = GraphEmulator.start().retryAfter(Duration.ofMillis(20));
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @BeforeEach
  void reset() {
    emulator.clearFaults();
    EmulatorSetup.config(emulator); // registers the application with the default permissions
  }

  @Test
  void givenTheTokenEndpointThrottling_call_waitsRetryAfterAndSucceeds() {
    GraphWiring.Parts parts = GraphWiring.parts(EmulatorSetup.config(emulator));
    emulator.failNextTokenRequests(2, 429);

    assertTrue(parts.client().findUser(CAROL).isPresent());
    assertEquals(2, parts.calls().retries());
  }

  @Test
  void givenTheTokenEndpointBusyLongerThanTheAttempts_call_failsRetryableNotAuthentication() {
    GraphWiring.Parts parts =
        GraphWiring.parts(EmulatorSetup.config(emulator).withRetries(2, Duration.ofSeconds(5)));
    emulator.failNextTokenRequests(50, 503);

    ServiceUnavailableException e =
        assertThrows(ServiceUnavailableException.class, () -> parts.client().findUser(CAROL));

    assertTrue(e.isRetryable());
    assertTrue(e.getMessage().contains("temporarily unavailable (HTTP 503"), e.getMessage());
    assertEquals(Duration.ofMillis(20), e.retryAfter().orElseThrow());
  }

  @Test
  void givenTheTokenEndpointThrottlingLongerThanTheAttempts_call_failsThrottled() {
    GraphWiring.Parts parts =
        GraphWiring.parts(EmulatorSetup.config(emulator).withRetries(2, Duration.ofSeconds(5)));
    emulator.failNextTokenRequests(50, 429);

    ThrottledException e =
        assertThrows(ThrottledException.class, () -> parts.client().findUser(CAROL));

    assertTrue(e.getMessage().contains("throttling token requests (HTTP 429"), e.getMessage());
  }

  @Test
  void givenAnUnknownTenant_call_failsNamingTheTenant() {
    emulator.registerApplication(EmulatorSetup.CLIENT_ID, EmulatorSetup.CLIENT_SECRET);
    GraphDirectoryConfig base = EmulatorSetup.config(emulator);
    GraphDirectoryConfig config =
        new GraphDirectoryConfig(
                "fabrikam",
                base.clientId(),
                base.credential(),
                base.authorityHost(),
                base.graphBaseUrl(),
                base.trustStore(),
                base.skuCacheTtl(),
                base.maxAttempts(),
                base.maxRetryWait(),
                base.requestTimeout())
            .withEndpoints(base.authorityHost(), base.graphBaseUrl());

    AuthenticationFailedException e =
        assertThrows(
            AuthenticationFailedException.class,
            () -> GraphWiring.parts(config).client().findUser(CAROL));

    assertTrue(e.getMessage().contains("tenant 'fabrikam' does not exist"), e.getMessage());
    assertTrue(e.getMessage().contains("AADSTS90002"), e.getMessage());
    assertEquals("invalid_tenant", e.remoteError().orElseThrow().code());
  }

  @Test
  void givenAnUnknownApplication_call_failsNamingTheClientIdAndTenant() {
    GraphDirectoryConfig config =
        GraphDirectoryConfig.of(
                emulator.tenantName(),
                "0bad0bad-0000-4000-8000-000000000000",
                new GraphDirectoryConfig.ClientSecret(Secret.of(EmulatorSetup.CLIENT_SECRET)))
            .withEndpoints(
                URI.create("https://127.0.0.1:" + emulator.port() + "/"), emulator.graphBaseUrl())
            .withTrustStore(emulator.trustStore());

    AuthenticationFailedException e =
        assertThrows(
            AuthenticationFailedException.class,
            () -> GraphWiring.parts(config).client().findUser(CAROL));

    assertTrue(
        e.getMessage()
            .contains(
                "application '0bad0bad-0000-4000-8000-000000000000' does not exist in tenant"
                    + " 'contoso'"),
        e.getMessage());
    assertTrue(e.getMessage().contains("AADSTS700016"), e.getMessage());
  }

  @Test
  void givenAWrongSecret_call_saysTheSecretIsNotValidWithoutShowingIt() {
    EmulatorSetup.config(emulator);
    GraphDirectoryConfig wrong =
        EmulatorSetup.config(
            emulator, new GraphDirectoryConfig.ClientSecret(Secret.of("Wr0ng-secret-value")));

    AuthenticationFailedException e =
        assertThrows(
            AuthenticationFailedException.class,
            () -> GraphWiring.parts(wrong).client().findUser(CAROL));

    assertTrue(e.getMessage().contains("the client secret is not valid"), e.getMessage());
    assertTrue(e.getMessage().contains("AADSTS7000215"), e.getMessage());
    assertFalse(e.getMessage().contains("Wr0ng-secret-value"));
  }

  @Test
  void givenAnApplicationWithoutOrganizationRead_subscribedSkus_failsNamingThePermission() {
    emulator.registerApplication(
        EmulatorSetup.CLIENT_ID, EmulatorSetup.CLIENT_SECRET, Set.of("User.ReadWrite.All"));
    GraphDirectoryConfig config =
        EmulatorSetup.config(
            emulator,
            new GraphDirectoryConfig.ClientSecret(Secret.of(EmulatorSetup.CLIENT_SECRET)));
    GraphDirectoryClient client = GraphWiring.parts(config).client();
    assertTrue(client.findUser(CAROL).isPresent(), "reading users is granted");

    PermissionDeniedException e =
        assertThrows(PermissionDeniedException.class, client::subscribedSkus);

    assertEquals("Authorization_RequestDenied", e.remoteError().orElseThrow().code());
    assertTrue(e.getMessage().contains("Organization.Read.All"), e.getMessage());
    assertTrue(e.getMessage().contains("Insufficient privileges"), e.getMessage());
  }

  @Test
  void givenAReadOnlyApplication_createUser_failsNamingUserReadWriteAll() {
    emulator.registerApplication(
        EmulatorSetup.CLIENT_ID,
        EmulatorSetup.CLIENT_SECRET,
        Set.of("User.Read.All", "Organization.Read.All"));
    GraphDirectoryConfig config =
        EmulatorSetup.config(
            emulator,
            new GraphDirectoryConfig.ClientSecret(Secret.of(EmulatorSetup.CLIENT_SECRET)));
    GraphDirectoryClient client = GraphWiring.parts(config).client();

    PermissionDeniedException e =
        assertThrows(
            PermissionDeniedException.class,
            () ->
                client.createUser(
                    new io.exchangekit.core.plan.DirectoryAction.CreateCloudUser(
                        UserPrincipalName.of("adele@contoso.com"),
                        io.exchangekit.core.recipient.DisplayName.of("Adele Vance"),
                        io.exchangekit.core.recipient.Alias.of("adele"),
                        io.exchangekit.core.recipient.UsageLocation.of("US"),
                        java.util.Optional.empty())));

    assertTrue(e.getMessage().contains("User.ReadWrite.All"), e.getMessage());
    assertTrue(emulator.user("adele@contoso.com").isEmpty());
  }
}
