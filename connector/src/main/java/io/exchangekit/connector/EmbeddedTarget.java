package io.exchangekit.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.exchangekit.adapter.graph.GraphDirectoryConfig;
import io.exchangekit.adapter.graph.GraphDirectoryProvider;
import io.exchangekit.adapter.online.OnlineConfig;
import io.exchangekit.adapter.online.OnlinePowerShellProvider;
import io.exchangekit.adapter.onprem.OnPremConfig;
import io.exchangekit.adapter.onprem.OnPremPowerShellProvider;
import io.exchangekit.adapter.powershell.PowerShellOptions;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.recipient.Secret;
import io.exchangekit.ports.out.directory.CloudDirectoryPort;
import io.exchangekit.ports.service.ExchangeUseCases;
import io.exchangekit.ports.spi.ExchangeBackend;
import io.exchangekit.testfixtures.exchange.ExchangeEmulator;
import io.exchangekit.testfixtures.exchange.FaultPlan;
import io.exchangekit.testfixtures.exchange.org.Organisation;
import io.exchangekit.testfixtures.graph.GraphEmulator;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The embedded emulators as the connector's default target: an Exchange Server organisation of the
 * chosen version and Exchange Online sharing one organisation (the demo organisation, or a saved
 * state), and the loopback Graph emulator for the tenant. The real adapters drive them: the
 * PowerShell adapters run their scripts in the emulator's in-process PowerShell host, the Graph
 * adapter talks HTTPS to the Graph emulator with real token acquisition.
 */
final class EmbeddedTarget {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int SESSIONS = 2;

  private EmbeddedTarget() {}

  static Target start(Options options) {
    Organisation organisation = Organisation.demo();
    Optional<String> tenantState = Optional.empty();
    if (options.emulatorState().isPresent()) {
      State s = State.read(options.emulatorState().get());
      organisation = s.organisation();
      tenantState = s.tenant();
    }
    FaultPlan faults = FaultPlan.parse(options.emulatorFaults());
    ExchangeEmulator premise =
        ExchangeEmulator.forVersion(options.emulatorVersion())
            .withOrganisation(organisation)
            .withFaults(faults);
    ExchangeEmulator online =
        ExchangeEmulator.forVersion(ExchangeVersion.ONLINE)
            .withOrganisation(organisation)
            .withFaults(faults)
            .withMailboxProvisioningDelay(options.emulatorMailboxDelay());
    GraphEmulator graph = GraphEmulator.start();
    List<AutoCloseable> resources = new ArrayList<>();
    resources.add(graph);
    tenantState.ifPresent(graph::importState);
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

    PowerShellOptions inProcess = PowerShellOptions.defaults(SESSIONS);
    ExchangeBackend premiseBackend =
        new OnPremPowerShellProvider()
            .create(
                new OnPremConfig(
                    "ex01.contoso.com",
                    false,
                    OnPremConfig.Authentication.KERBEROS,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(), // the server's Get-ExchangeServer tells the version
                    inProcess),
                () -> new EmulatorHost(premise.newDisconnectedSession()));
    ExchangeBackend onlineBackend =
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
                () -> new EmulatorHost(online.newDisconnectedSession()));
    resources.add(premiseBackend);
    resources.add(onlineBackend);
    options
        .emulatorSave()
        .ifPresent(
            file -> resources.add(0, () -> State.write(file, premise.organisation(), graph)));
    ExchangeUseCases useCases =
        ExchangeUseCases.builder().premise(premiseBackend).online(onlineBackend, directory).build();
    return new Target(useCases, resources, SESSIONS);
  }

  /**
   * The emulators' state file: {@code {"organisation": …, "tenant": …}}; a plain organisation file
   * is read too.
   */
  record State(Organisation organisation, Optional<String> tenant) {
    static State read(Path file) {
      try {
        JsonNode node = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        if (node != null && node.has("organisation")) {
          return new State(
              Organisation.fromJson(JSON.writeValueAsString(node.get("organisation"))),
              node.has("tenant")
                  ? Optional.of(JSON.writeValueAsString(node.get("tenant")))
                  : Optional.empty());
        }
        return new State(Organisation.load(file), Optional.empty());
      } catch (IOException | RuntimeException e) {
        throw new IllegalArgumentException(
            "--emulator-state " + file + " is not an emulator state file: " + e.getMessage(), e);
      }
    }

    static void write(Path file, Organisation organisation, GraphEmulator graph)
        throws IOException {
      ObjectNode root = JSON.createObjectNode();
      root.set("organisation", JSON.readTree(organisation.toJson()));
      root.set("tenant", JSON.readTree(graph.exportState()));
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.writeString(
          tmp,
          JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root),
          StandardCharsets.UTF_8);
      Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
