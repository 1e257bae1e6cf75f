package com.example.embedding;

import io.exchangekit.adapter.graph.GraphDirectoryConfig;
import io.exchangekit.adapter.graph.GraphDirectoryProvider;
import io.exchangekit.adapter.onprem.OnPremConfig;
import io.exchangekit.adapter.onprem.OnPremPowerShellProvider;
import io.exchangekit.core.mailbox.MailboxName;
import io.exchangekit.core.mailbox.MailboxParameter;
import io.exchangekit.core.mailbox.MailboxSettings;
import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.mode.NewUserBehavior;
import io.exchangekit.core.mode.Scope;
import io.exchangekit.core.recipient.Secret;
import io.exchangekit.embedded.EmulatorHost;
import io.exchangekit.emulator.exchange.ExchangeEmulator;
import io.exchangekit.emulator.graph.GraphEmulator;
import io.exchangekit.ports.out.directory.CloudDirectoryPort;
import io.exchangekit.ports.service.ExchangeUseCases;
import io.exchangekit.ports.spi.ExchangeBackend;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;

/**
 * The same adapters wired by hand, as a DI container would: the on-premises PowerShell adapter with
 * its typed configuration (its PowerShell sessions here run in the emulator's in-process host
 * instead of {@code pwsh}), and the Graph adapter talking HTTPS to the Graph emulator.
 */
public final class PlainWiring {

  public static void main(String[] args) {
    ExchangeEmulator server =
        ExchangeEmulator.forVersion(ExchangeVersion.EXCHANGE_2019).withDemoOrganisation();
    ExchangeBackend premise =
        new OnPremPowerShellProvider()
            .create(
                OnPremConfig.builder("ex01.contoso.com").build(),
                () -> new EmulatorHost(server.newDisconnectedSession()));

    try (GraphEmulator graph = GraphEmulator.start();
        premise) {
      String clientId = UUID.randomUUID().toString();
      String secret = UUID.randomUUID().toString();
      graph.registerApplication(clientId, secret);
      CloudDirectoryPort directory =
          GraphDirectoryProvider.create(
              GraphDirectoryConfig.builder(
                      graph.tenantName(),
                      clientId,
                      new GraphDirectoryConfig.ClientSecret(Secret.of(secret)))
                  .endpoints(URI.create("https://127.0.0.1:" + graph.port() + "/"), graph.graphBaseUrl())
                  .trustStore(Optional.of(graph.trustStore()))
                  .build());
      System.out.println(
          "Graph: " + directory.subscribedSkus().skus().size() + " subscribed SKUs in " + graph.tenantName());

      ExchangeUseCases useCases = ExchangeUseCases.builder().premise(premise).build();
      MailboxSettings shared =
          MailboxSettings.builder()
              .set(MailboxParameter.NAME, MailboxName.of("Front Desk"))
              .set(MailboxParameter.MAILBOX_TYPE, io.exchangekit.core.mailbox.MailboxType.SHARED)
              .build();
      EmbeddingSample.provisionLockAndSearch(
          useCases,
          ConnectorMode.of(Scope.PREMISE, NewUserBehavior.CREATE),
          "frontdesk@contoso.com",
          shared);
    }
  }
}
