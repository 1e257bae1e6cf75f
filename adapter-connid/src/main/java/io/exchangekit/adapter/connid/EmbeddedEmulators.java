package io.exchangekit.adapter.connid;

import io.exchangekit.adapter.graph.GraphDirectoryConfig;
import io.exchangekit.adapter.graph.GraphDirectoryProvider;
import io.exchangekit.adapter.online.OnlineConfig;
import io.exchangekit.adapter.online.OnlinePowerShellProvider;
import io.exchangekit.adapter.onprem.OnPremConfig;
import io.exchangekit.adapter.onprem.OnPremPowerShellProvider;
import io.exchangekit.adapter.powershell.PowerShellHost;
import io.exchangekit.adapter.powershell.PowerShellOptions;
import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.planning.PlanOptions;
import io.exchangekit.core.recipient.Secret;
import io.exchangekit.ports.out.directory.CloudDirectoryPort;
import io.exchangekit.ports.service.ExchangeUseCases;
import io.exchangekit.ports.spi.ExchangeBackend;
import io.exchangekit.testfixtures.exchange.EmulatorSession;
import io.exchangekit.testfixtures.exchange.ExchangeEmulator;
import io.exchangekit.testfixtures.exchange.ScriptResult;
import io.exchangekit.testfixtures.exchange.org.Organisation;
import io.exchangekit.testfixtures.graph.GraphEmulator;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The embedded emulators as the bundle's target ({@code emulated=true}): an Exchange Server of the
 * chosen version, or Exchange Online with the loopback Graph emulator, both on the demo
 * organisation, driven by the real adapters. Replaced by the exchange-embedded module once it
 * exists.
 */
final class EmbeddedEmulators {
  private EmbeddedEmulators() {}

  static Deployment open(
      ExchangeVersion premiseVersion, ConnectorMode mode, PlanOptions options, int sessions) {
    Organisation organisation = Organisation.demo();
    PowerShellOptions inProcess = PowerShellOptions.defaults(sessions);
    ExchangeUseCases.Builder builder = ExchangeUseCases.builder().options(options);
    if (!mode.isOnline()) {
      ExchangeEmulator premise =
          ExchangeEmulator.forVersion(premiseVersion).withOrganisation(organisation);
      ExchangeBackend backend =
          new OnPremPowerShellProvider()
              .create(
                  new OnPremConfig(
                      "ex01.contoso.com",
                      false,
                      OnPremConfig.Authentication.KERBEROS,
                      Optional.empty(),
                      Optional.empty(),
                      Optional.empty(),
                      inProcess),
                  () -> new Host(premise.newDisconnectedSession()));
      return new Deployment(builder.premise(backend).build(), mode, List.of(backend));
    }
    ExchangeEmulator online =
        ExchangeEmulator.forVersion(ExchangeVersion.ONLINE)
            .withOrganisation(organisation)
            .withMailboxProvisioningDelay(Duration.ZERO);
    GraphEmulator graph = GraphEmulator.start();
    graph.onLicenceChange(online::licenceChanged);
    String clientId = UUID.randomUUID().toString();
    String secret = UUID.randomUUID().toString();
    graph.registerApplication(clientId, secret);
    CloudDirectoryPort directory =
        GraphDirectoryProvider.create(
            GraphDirectoryConfig.of(
                    graph.tenantName(),
                    clientId,
                    new GraphDirectoryConfig.ClientSecret(Secret.of(secret)))
                .withEndpoints(
                    URI.create("https://127.0.0.1:" + graph.port() + "/"), graph.graphBaseUrl())
                .withTrustStore(graph.trustStore()));
    ExchangeBackend backend =
        new OnlinePowerShellProvider()
            .create(
                new OnlineConfig(
                    true,
                    Optional.of(graph.tenantName() + ".onmicrosoft.com"),
                    clientId,
                    Optional.empty(),
                    Optional.of("connector.pfx"),
                    Optional.empty(),
                    Optional.empty(),
                    inProcess),
                () -> new Host(online.newDisconnectedSession()));
    return new Deployment(
        builder.online(backend, directory).build(), mode, List.of(backend, graph));
  }

  /** An in-process emulator session as the PowerShell adapters' host. */
  private record Host(EmulatorSession session) implements PowerShellHost {
    @Override
    public Result run(String line) {
      ScriptResult r = session.run(line);
      if (r.crashed()) {
        return new Result(Outcome.DIED, "");
      }
      return r.timedOut()
          ? new Result(Outcome.TIMED_OUT, "")
          : new Result(Outcome.ANSWERED, r.output());
    }

    @Override
    public boolean isAlive() {
      return session.isAlive();
    }

    @Override
    public void close() {
      session.close();
    }
  }
}
