package io.exchangekit.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.exchangekit.adapter.graph.GraphDirectoryConfig;
import io.exchangekit.adapter.graph.GraphDirectoryProvider;
import io.exchangekit.adapter.online.OnlineConfig;
import io.exchangekit.adapter.online.OnlinePowerShellProvider;
import io.exchangekit.core.error.ExchangeConnectorException;
import io.exchangekit.core.license.AccountSkuId;
import io.exchangekit.core.license.LicenseSelection;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.recipient.Secret;
import io.exchangekit.core.recipient.UserPrincipalName;
import io.exchangekit.embedded.EmulatorHost;
import io.exchangekit.emulator.exchange.ExchangeEmulator;
import io.exchangekit.emulator.graph.ContosoTenant;
import io.exchangekit.emulator.graph.GraphEmulator;
import io.exchangekit.ports.in.license.AssignLicensesCommand;
import io.exchangekit.ports.out.directory.CloudDirectoryPort;
import io.exchangekit.ports.service.ExchangeUseCases;
import io.exchangekit.ports.spi.ExchangeBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Licence assignment through {@link ExchangeUseCases#assignLicenses()} and the real Graph adapter
 * (msal4j, the Graph SDK, HTTPS) against the Graph emulator: {@code subscribedSkus} reads per 1,000
 * assignments, and the success rate with a fifth of the writes throttled.
 */
public final class GraphBench {
  static final int ASSIGNMENTS = 1000;

  /** Receives a table row. */
  @FunctionalInterface
  public interface Rows {
    void row(String figure, String measured, String target, String notes);
  }

  /** The Graph emulator, the Online backend over an in-process emulator, and the use cases. */
  public static final class Tenant implements AutoCloseable {
    public final GraphEmulator graph;
    public final ExchangeUseCases useCases;
    public final ExchangeEmulator exchange;
    private final ExchangeBackend online;

    /** A tenant with {@code users} cloud users (usage location US, no licences). */
    public Tenant(int users) {
      graph = GraphEmulator.start();
      graph.importState(withUsers(graph.exportState(), users));
      graph.seats(ContosoTenant.ENTERPRISEPACK_ID, users + 100);
      graph.seats(ContosoTenant.POWER_BI_STANDARD_ID, users + 100);
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
      exchange = ExchangeEmulator.forVersion(ExchangeVersion.ONLINE).withDemoOrganisation();
      graph.onLicenceChange(exchange::licenceChanged);
      online =
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
                      EmulatedStack.options(1)),
                  () -> new EmulatorHost(exchange.newDisconnectedSession()));
      useCases = ExchangeUseCases.builder().online(online, directory).build();
    }

    /** Assigns {@code sku} to user {@code i}; true on success. */
    public boolean assign(int i, String sku) {
      return failure(i, sku).isEmpty();
    }

    /** Assigns {@code sku} to user {@code i}; the failure, if it failed. */
    public Optional<ExchangeConnectorException> failure(int i, String sku) {
      try {
        useCases
            .assignLicenses()
            .assign(
                new AssignLicensesCommand(
                    UserPrincipalName.of(upn(i)),
                    List.of(new LicenseSelection(AccountSkuId.parse("contoso:" + sku), Set.of())),
                    false,
                    false));
        return Optional.empty();
      } catch (ExchangeConnectorException e) {
        return Optional.of(e);
      }
    }

    @Override
    public void close() throws Exception {
      online.close();
      graph.close();
    }
  }

  /** The UPN of cloud user {@code i}. */
  public static String upn(int i) {
    return String.format(Locale.ROOT, "c%06d@contoso.onmicrosoft.com", i);
  }

  private static String withUsers(String state, int users) {
    ObjectMapper json = new ObjectMapper();
    try {
      ObjectNode root = (ObjectNode) json.readTree(state);
      ArrayNode list = (ArrayNode) root.get("users");
      String now = Instant.now().toString();
      for (int i = 0; i < users; i++) {
        ObjectNode u = list.addObject();
        u.put("id", new UUID(0x1000, i).toString());
        u.put("userPrincipalName", upn(i));
        u.put("displayName", "Cloud " + i);
        u.put("mailNickname", String.format(Locale.ROOT, "c%06d", i));
        u.put("accountEnabled", true);
        u.put("usageLocation", "US");
        u.put("createdDateTime", now);
        u.put("signInSessionsValidFromDateTime", now);
        u.put("sessionRevocations", 0);
        u.putArray("assignedLicenses");
      }
      return json.writeValueAsString(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs both measurements. */
  public static void run(Rows rows) throws Exception {
    try (Tenant t = new Tenant(ASSIGNMENTS)) {
      int before = t.graph.subscribedSkusCalls();
      long start = System.nanoTime();
      int ok = 0;
      for (int i = 0; i < ASSIGNMENTS; i++) {
        ok += t.assign(i, ContosoTenant.ENTERPRISEPACK) ? 1 : 0;
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      int reads = t.graph.subscribedSkusCalls() - before;
      rows.row(
          "Graph subscribedSkus reads per 1,000 licence assignments",
          String.format(
              Locale.ROOT,
              "%d (%d/%d assigned in %.1f s, %.0f/s)",
              reads * 1000 / ASSIGNMENTS,
              ok,
              ASSIGNMENTS,
              seconds,
              ASSIGNMENTS / seconds),
          "1 per cache period (10 min)",
          "AssignLicenses use case, real Graph adapter over HTTPS to the Graph emulator, one"
              + " thread");

      t.graph.throttleWrites(0.2, 8L);
      int faultsBefore = t.graph.faultsInjected();
      int done = 0;
      List<Integer> failed = new ArrayList<>();
      List<String> reasons = new ArrayList<>();
      for (int i = 0; i < ASSIGNMENTS; i++) {
        Optional<ExchangeConnectorException> f = t.failure(i, ContosoTenant.POWER_BI_STANDARD);
        if (f.isEmpty()) {
          done++;
        } else {
          failed.add(i);
          reasons.add(
              f.get().getClass().getSimpleName()
                  + (f.get().isRetryable() ? " (retryable)" : "")
                  + ": "
                  + f.get().getMessage());
        }
      }
      // as OpenIAM does with a retryable FAILURE: the request is sent again, still throttled
      int resubmitted = 0;
      for (int i : failed) {
        resubmitted += t.assign(i, ContosoTenant.POWER_BI_STANDARD) ? 1 : 0;
      }
      int throttled = t.graph.faultsInjected() - faultsBefore;
      t.graph.clearFaults();
      int verified = 0;
      for (int i = 0; i < ASSIGNMENTS; i++) {
        verified +=
            t.graph
                    .user(upn(i))
                    .map(u -> u.licences().containsKey(ContosoTenant.POWER_BI_STANDARD_ID))
                    .orElse(false)
                ? 1
                : 0;
      }
      rows.row(
          "Graph licence assignments with 20% of writes throttled (429)",
          String.format(
              Locale.ROOT,
              "%.1f%% succeeded at once (%d/%d), %.1f%% after re-sending the %d retryable"
                  + " failures; %d writes throttled; %d verified in the tenant",
              100.0 * done / ASSIGNMENTS,
              done,
              ASSIGNMENTS,
              100.0 * (done + resubmitted) / ASSIGNMENTS,
              failed.size(),
              throttled,
              verified),
          "100%",
          "the adapter retries 429 honouring Retry-After (50 ms from the emulator), at most 8"
              + " attempts per call (the default)"
              + (reasons.isEmpty() ? "" : "; failures: " + String.join("; ", reasons)));
    }
  }
}
