package io.exchangekit.adapter.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.core.error.ServiceUnavailableException;
import io.exchangekit.core.license.AssignedLicense;
import io.exchangekit.core.license.LicensePlan;
import io.exchangekit.core.plan.DirectoryAction;
import io.exchangekit.core.plan.DirectoryPlan;
import io.exchangekit.core.recipient.Alias;
import io.exchangekit.core.recipient.DisplayName;
import io.exchangekit.core.recipient.UsageLocation;
import io.exchangekit.core.recipient.UserPrincipalName;
import io.exchangekit.emulator.graph.ContosoTenant;
import io.exchangekit.emulator.graph.EmulatedUser;
import io.exchangekit.emulator.graph.GraphEmulator;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Online creation against a Graph that, like Entra ID, does not find a new user for a while after
 * the POST that created it. Most tests let the adapter's waits drive the emulator's clock, so a
 * window of seconds passes in milliseconds.
 */
class ReplicationLagTest {

  private static GraphEmulator emulator;
  private static int users;

  private UserPrincipalName adele;

  @BeforeAll
  static void start() {
    emulator = GraphEmulator.start();
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @BeforeEach
  void newUser() {
    emulator.replicationWindow(Duration.ZERO);
    adele = UserPrincipalName.of("adele" + ++users + "@contoso.com");
  }

  /** The adapter over the emulator; its waits move the emulator's clock instead of sleeping. */
  private GraphWiring.Parts drivenParts(Duration replicationWait) {
    return GraphWiring.parts(
        EmulatorSetup.config(emulator).withReplicationWait(replicationWait),
        emulator::advanceClock,
        Clock.systemUTC());
  }

  /** Create the user, set another usage location, assign E3: what an Online creation runs. */
  private static DirectoryPlan onlineCreation(UserPrincipalName upn) {
    return new DirectoryPlan(
        List.of(
            new DirectoryAction.CreateCloudUser(
                upn,
                DisplayName.of("Adele Vance"),
                Alias.of(upn.localPart()),
                UsageLocation.of("US"),
                Optional.empty()),
            new DirectoryAction.SetUsageLocation(upn, UsageLocation.of("GB")),
            new DirectoryAction.AssignLicenses(
                upn,
                new LicensePlan(
                    List.of(
                        new AssignedLicense(
                            ContosoTenant.ENTERPRISEPACK_ID, Set.of(ContosoTenant.SWAY))),
                    Set.of()))));
  }

  private void assertCreatedAsPlanned(UserPrincipalName upn) {
    EmulatedUser u = emulator.user(upn.value()).orElseThrow();
    assertEquals(Optional.of("GB"), u.usageLocation());
    assertEquals(Set.of(ContosoTenant.SWAY), u.licences().get(ContosoTenant.ENTERPRISEPACK_ID));
  }

  @Test
  void givenATwoSecondReplicationWindow_onlineCreation_waitsOutTheLagAndCompletes() {
    emulator.replicationWindow(Duration.ofSeconds(2));
    GraphWiring.Parts parts = drivenParts(Duration.ofSeconds(30));
    int readsBefore = emulator.requests("GET /users/{id}");

    List<String> done = new GraphCloudDirectoryAdapter(parts.client()).apply(onlineCreation(adele));

    assertEquals(3, done.size(), done.toString());
    assertCreatedAsPlanned(adele);
    assertTrue(parts.calls().retries() > 0, "the 404s of the fresh user were never waited out");
    // one read, the existence check before the POST: the licence step used the POST's answer
    assertEquals(readsBefore + 1, emulator.requests("GET /users/{id}"));
  }

  @Test
  void givenATwoSecondWindowInRealTime_onlineCreation_completesAfterTheLag() {
    emulator.replicationWindow(Duration.ofSeconds(2));
    GraphWiring.Parts parts =
        GraphWiring.parts(
            EmulatorSetup.config(emulator).withReplicationWait(Duration.ofSeconds(10)));
    long started = System.nanoTime();

    new GraphCloudDirectoryAdapter(parts.client()).apply(onlineCreation(adele));

    assertCreatedAsPlanned(adele);
    assertTrue(
        Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofMillis(1500)) > 0);
  }

  @Test
  void givenAWindowLongerThanTheReplicationWait_onlineCreation_failsNamingTheUserAndTheLag() {
    emulator.replicationWindow(Duration.ofMinutes(5));
    GraphWiring.Parts parts = drivenParts(Duration.ofSeconds(20));

    ServiceUnavailableException e =
        assertThrows(
            ServiceUnavailableException.class,
            () -> new GraphCloudDirectoryAdapter(parts.client()).apply(onlineCreation(adele)));

    assertTrue(e.getMessage().contains("'" + adele + "'"), e.getMessage());
    assertTrue(e.getMessage().contains("replication lag"), e.getMessage());
    assertTrue(e.getMessage().contains("after 20 s"), e.getMessage());
    assertTrue(e.isRetryable());
    assertEquals("Request_ResourceNotFound", e.remoteError().orElseThrow().code());
    assertEquals(List.of("created cloud user " + adele), e.completedSteps());
    assertTrue(emulator.user(adele.value()).isPresent(), "the user was created all the same");
  }

  @Test
  void givenAUserAnotherInstanceJustCreated_create_convergesThroughTheLagInsteadOfFailing() {
    emulator.replicationWindow(Duration.ofSeconds(3));
    new GraphCloudDirectoryAdapter(drivenParts(Duration.ofSeconds(30)).client())
        .apply(new DirectoryPlan(onlineCreation(adele).actions().subList(0, 1)));
    GraphWiring.Parts other = drivenParts(Duration.ofSeconds(30));

    List<String> done = new GraphCloudDirectoryAdapter(other.client()).apply(onlineCreation(adele));

    assertEquals("cloud user " + adele + " already existed", done.get(0));
    assertCreatedAsPlanned(adele);
    assertEquals(
        1,
        emulator.users().stream().filter(u -> u.userPrincipalName().equals(adele.value())).count());
  }

  @Test
  void givenNoReplicationWindow_onlineCreation_neverWaits() {
    GraphWiring.Parts parts = drivenParts(Duration.ofSeconds(30));

    new GraphCloudDirectoryAdapter(parts.client()).apply(onlineCreation(adele));

    assertCreatedAsPlanned(adele);
    assertEquals(0, parts.calls().retries());
  }

  @Test
  void givenTheLag_debugLog_showsEachRetryAndItsWaitButNoSecret() {
    emulator.replicationWindow(Duration.ofSeconds(2));
    GraphWiring.Parts parts = drivenParts(Duration.ofSeconds(30));
    String password = "Lag!Passw0rd-never-logged";
    DirectoryPlan plan =
        new DirectoryPlan(
            List.of(
                new DirectoryAction.CreateCloudUser(
                    adele,
                    DisplayName.of("Adele Vance"),
                    Alias.of(adele.localPart()),
                    UsageLocation.of("US"),
                    Optional.of(io.exchangekit.core.recipient.Secret.of(password))),
                new DirectoryAction.SetUsageLocation(adele, UsageLocation.of("GB"))));
    java.io.PrintStream err = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    try {
      System.setErr(
          new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
      new GraphCloudDirectoryAdapter(parts.client()).apply(plan);
    } finally {
      System.setErr(err);
    }
    String log = captured.toString(java.nio.charset.StandardCharsets.UTF_8);

    assertTrue(
        log.contains(
            "Graph set usage location of "
                + adele
                + " answered 404 although the user exists (not replicated yet); attempt 1, waited"
                + " 0 ms of 30000 ms, retrying in 500 ms"),
        log);
    assertTrue(log.contains("attempt 2, waited 500 ms of 30000 ms, retrying in 1000 ms"), log);
    assertTrue(!log.contains(password) && !log.contains(EmulatorSetup.CLIENT_SECRET), log);
  }
}
