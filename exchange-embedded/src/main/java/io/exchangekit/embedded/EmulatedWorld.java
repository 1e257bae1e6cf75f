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

/**
 * One emulated organisation: Exchange Server emulators (one per version asked for) and Exchange
 * Online sharing its recipients, and the Graph emulator of its tenant, whose licence changes make
 * Online mailboxes appear. The real adapters are wired to it here, in one place, for {@link
 * EmbeddedExchange} and for the emulator providers that configuration selects by name.
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
  private int holders;

  EmulatedWorld(
      Organisation organisation,
      Optional<String> tenantState,
      FaultPlan faults,
      Duration mailboxDelay) {
    this.organisation = organisation;
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
    graph.close();
  }
}
