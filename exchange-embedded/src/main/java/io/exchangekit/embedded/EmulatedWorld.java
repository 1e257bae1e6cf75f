package io.exchangekit.embedded;

import io.exchangekit.adapter.graph.GraphDirectoryConfig;
import io.exchangekit.adapter.graph.GraphDirectoryProvider;
import io.exchangekit.adapter.online.OnlineConfig;
import io.exchangekit.adapter.online.OnlinePowerShellProvider;
import io.exchangekit.adapter.onprem.OnPremConfig;
import io.exchangekit.adapter.onprem.OnPremPowerShellProvider;
import io.exchangekit.adapter.powershell.PowerShellOptions;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.recipient.Secret;
import io.exchangekit.emulator.exchange.ExchangeEmulator;
import io.exchangekit.emulator.exchange.FaultPlan;
import io.exchangekit.emulator.exchange.org.Organisation;
import io.exchangekit.emulator.graph.GraphEmulator;
import io.exchangekit.emulator.graph.LicenceListener;
import io.exchangekit.ports.out.directory.CloudDirectoryPort;
import io.exchangekit.ports.spi.ExchangeBackend;
import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One emulated organisation: Exchange Server emulators (one per version asked for) and Exchange
 * Online sharing its recipients, and the Graph emulator of its tenant, whose licence changes make
 * Online mailboxes appear. For hybrid scope, a directory synchronisation cycle (Entra Connect)
 * takes each AD user with a remote mailbox to the tenant once the synchronisation delay has passed
 * since its remote mailbox was enabled, and keeps its display name and sign-in in step with AD. The
 * real adapters are wired to it here, in one place, for {@link EmbeddedExchange} and for the
 * emulator providers that configuration selects by name.
 */
final class EmulatedWorld implements AutoCloseable {
  private static final Map<String, EmulatedWorld> SHARED = new HashMap<>();

  private final Organisation organisation;
  private final FaultPlan faults;
  private final Map<ExchangeVersion, ExchangeEmulator> premises =
      new EnumMap<>(ExchangeVersion.class);
  private final ExchangeEmulator online;
  private final GraphEmulator graph;
  private final String clientId = UUID.randomUUID().toString();
  private final String secret = UUID.randomUUID().toString();
  private final Duration syncDelay;
  private final ScheduledExecutorService sync;
  private int holders;

  /** The synchronisation delay of a world that names none: a short Entra Connect cycle. */
  static final Duration DEFAULT_SYNC_DELAY = Duration.ofMillis(500);

  EmulatedWorld(
      Organisation organisation,
      Optional<String> tenantState,
      FaultPlan faults,
      Duration mailboxDelay) {
    this(organisation, tenantState, faults, mailboxDelay, DEFAULT_SYNC_DELAY);
  }

  EmulatedWorld(
      Organisation organisation,
      Optional<String> tenantState,
      FaultPlan faults,
      Duration mailboxDelay,
      Duration syncDelay) {
    this.organisation = organisation;
    this.syncDelay = syncDelay;
    this.faults = faults;
    online =
        ExchangeEmulator.forVersion(ExchangeVersion.ONLINE)
            .withOrganisation(organisation)
            .withFaults(faults)
            .withMailboxProvisioningDelay(mailboxDelay);
    graph = GraphEmulator.start();
    try {
      tenantState.ifPresent(graph::importState);
      graph.onLicenceChange(
          new LicenceListener() {
            @Override
            public void licenceChanged(String upn, String displayName, boolean exchangePlan) {
              online.licenceChanged(upn, displayName, exchangePlan);
            }

            @Override
            public void userDeleted(String upn) {
              organisation.cloudUserDeleted(upn);
            }

            @Override
            public void signInChanged(String upn, boolean enabled) {
              organisation.signInChanged(upn, enabled);
            }
          });
      graph.registerApplication(clientId, secret);
    } catch (RuntimeException e) {
      graph.close();
      throw e;
    }
    sync =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "emulated-directory-sync");
              t.setDaemon(true);
              return t;
            });
    long period = Math.max(20, Math.min(1000, syncDelay.toMillis() / 4));
    sync.scheduleWithFixedDelay(this::synchronise, period, period, TimeUnit.MILLISECONDS);
  }

  /** One synchronisation cycle: due remote-mailbox users reach the tenant. */
  void synchronise() {
    try {
      long now = organisation.clockMillis();
      for (Organisation.RemoteMailboxUser u : organisation.remoteMailboxUsers()) {
        if (now - u.remoteSinceMillis() >= syncDelay.toMillis()) {
          graph.synchronizeUser(u.userPrincipalName(), u.displayName(), u.alias(), u.enabled());
        }
      }
    } catch (RuntimeException e) {
      // a cycle that fails is retried by the next one, as Entra Connect does
    }
  }

  /**
   * The process-wide world of that name (the demo organisation), started on first use; each
   * acquisition is given back with {@link #release(String)}, and the last one stops it.
   */
  static synchronized EmulatedWorld acquire(String name) {
    EmulatedWorld world =
        SHARED.computeIfAbsent(
            name,
            n ->
                new EmulatedWorld(
                    Organisation.demo(), Optional.empty(), FaultPlan.none(), Duration.ZERO));
    world.holders++;
    return world;
  }

  static synchronized void release(String name) {
    EmulatedWorld world = SHARED.get(name);
    if (world != null && --world.holders <= 0) {
      SHARED.remove(name);
      world.close();
    }
  }

  synchronized ExchangeEmulator premise(ExchangeVersion version) {
    return premises.computeIfAbsent(
        version,
        v -> ExchangeEmulator.forVersion(v).withOrganisation(organisation).withFaults(faults));
  }

  ExchangeEmulator online() {
    return online;
  }

  GraphEmulator graph() {
    return graph;
  }

  Organisation organisation() {
    return organisation;
  }

  /** The on-premises PowerShell adapter over the emulated server of {@code version}. */
  ExchangeBackend premiseBackend(ExchangeVersion version, int sessions) {
    ExchangeEmulator server = premise(version);
    return new OnPremPowerShellProvider()
        .create(
            // the server's Get-ExchangeServer tells the version
            OnPremConfig.builder("ex01.contoso.com")
                .powerShell(PowerShellOptions.defaults(sessions))
                .build(),
            () -> new EmulatorHost(server.newDisconnectedSession()));
  }

  /** The Exchange Online PowerShell adapter over the emulated tenant. */
  ExchangeBackend onlineBackend(int sessions) {
    return new OnlinePowerShellProvider()
        .create(
            OnlineConfig.appOnly(clientId, graph.tenantName() + ".onmicrosoft.com")
                .certificateFile("connector.pfx", Optional.empty())
                .powerShell(PowerShellOptions.defaults(sessions))
                .build(),
            () -> new EmulatorHost(online.newDisconnectedSession()));
  }

  /** The Graph adapter over HTTPS to the Graph emulator, with real token acquisition. */
  CloudDirectoryPort directory() {
    return GraphDirectoryProvider.create(
        GraphDirectoryConfig.builder(
                graph.tenantName(),
                clientId,
                new GraphDirectoryConfig.ClientSecret(Secret.of(secret)))
            .endpoints(URI.create("https://127.0.0.1:" + graph.port() + "/"), graph.graphBaseUrl())
            .trustStore(Optional.of(graph.trustStore()))
            .build());
  }

  @Override
  public void close() {
    sync.shutdownNow();
    graph.close();
  }
}
