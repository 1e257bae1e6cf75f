package io.exchangekit.emulator.graph;

import io.exchangekit.core.directory.CloudUser;
import io.exchangekit.core.error.AlreadyExistsException;
import io.exchangekit.core.error.ExchangeConnectorException;
import io.exchangekit.core.error.InvalidValueException;
import io.exchangekit.core.error.RemoteError;
import io.exchangekit.core.error.UnknownObjectException;
import io.exchangekit.core.license.AssignedLicense;
import io.exchangekit.core.license.LicensePlan;
import io.exchangekit.core.license.ServicePlan;
import io.exchangekit.core.license.SkuCatalog;
import io.exchangekit.core.license.SubscribedSku;
import io.exchangekit.core.plan.DirectoryAction;
import io.exchangekit.core.plan.DirectoryPlan;
import io.exchangekit.core.plan.PlannedStep;
import io.exchangekit.core.recipient.DisplayName;
import io.exchangekit.core.recipient.UsageLocation;
import io.exchangekit.core.recipient.UserPrincipalName;
import io.exchangekit.ports.out.directory.CloudDirectoryPort;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The cloud-directory port straight onto the emulated tenant, without HTTP: the same validations
 * and the same convergence rules as the Graph adapter. Use it where a test needs a directory but
 * not the wire, and to run the port's contract suite.
 */
public final class InMemoryCloudDirectory implements CloudDirectoryPort {

  private final GraphTenant tenant;
  private final SecureRandom random = new SecureRandom();

  /** A directory onto its own tenant {@code contoso}. */
  public InMemoryCloudDirectory() {
    this(GraphTenant.contoso());
  }

  InMemoryCloudDirectory(GraphTenant tenant) {
    this.tenant = tenant;
  }

  /** A directory sharing the tenant of a running emulator (same users, licences, listeners). */
  public static InMemoryCloudDirectory of(GraphEmulator emulator) {
    return new InMemoryCloudDirectory(emulator.tenant());
  }

  @Override
  public Optional<CloudUser> findUser(UserPrincipalName user) {
    Objects.requireNonNull(user, "'user' must not be null");
    return tenant.snapshot(user.value()).map(InMemoryCloudDirectory::toCloudUser);
  }

  @Override
  public SkuCatalog subscribedSkus() {
    List<SubscribedSku> skus = new ArrayList<>();
    for (GraphTenant.Sku s : tenant.skus()) {
      skus.add(
          new SubscribedSku(
              tenant.name,
              s.skuId,
              s.partNumber,
              s.plans.stream().map(p -> new ServicePlan(p.id(), p.name())).toList(),
              s.enabledUnits,
              tenant.consumedUnits(s.skuId)));
    }
    return new SkuCatalog(skus);
  }

  /** Each action as a step; an in-memory directory sends no request, so the line describes it. */
  @Override
  public List<PlannedStep> render(DirectoryPlan plan) {
    Objects.requireNonNull(plan, "'plan' must not be null");
    return plan.actions().stream()
        .map(
            a ->
                new PlannedStep(
                    PlannedStep.Target.MICROSOFT_GRAPH,
                    a.getClass().getSimpleName(),
                    Map.of(),
                    a.toString()))
        .toList();
  }

  @Override
  public List<String> apply(DirectoryPlan plan) {
    Objects.requireNonNull(plan, "'plan' must not be null");
    List<String> done = new ArrayList<>();
    for (DirectoryAction action : plan.actions()) {
      try {
        done.add(run(action));
      } catch (GraphFault f) {
        throw toException(f).withCompletedSteps(done);
      } catch (ExchangeConnectorException e) {
        throw e.withCompletedSteps(done);
      }
    }
    return List.copyOf(done);
  }

  private String run(DirectoryAction action) {
    String upn = action.user().value();
    if (action instanceof DirectoryAction.CreateCloudUser c) {
      Optional<EmulatedUser> existing = tenant.snapshot(upn);
      if (existing.isPresent()) {
        tenant.patch(upn, null, c.usageLocation().value(), c.displayName().value(), null, null);
        return "cloud user " + upn + " already existed";
      }
      tenant.create(
          new GraphTenant.NewUser(
              upn,
              c.displayName().value(),
              c.mailNickname().value(),
              true,
              c.usageLocation().value(),
              c.password().map(s -> s.reveal()).orElseGet(this::password)));
      return "created cloud user " + upn;
    }
    if (action instanceof DirectoryAction.SetUsageLocation s) {
      tenant.patch(upn, null, s.usageLocation().value(), null, null, null);
      return "set usage location of " + upn + " to " + s.usageLocation();
    }
    if (action instanceof DirectoryAction.AssignLicenses a) {
      return assign(upn, a.plan());
    }
    if (action instanceof DirectoryAction.SetSignIn s) {
      tenant.patch(upn, s.enabled(), null, null, null, null);
      return (s.enabled() ? "allowed" : "blocked") + " sign-in of " + upn;
    }
    if (action instanceof DirectoryAction.RevokeSignInSessions) {
      tenant.revokeSessions(upn);
      return "revoked sign-in sessions of " + upn;
    }
    if (action instanceof DirectoryAction.DeleteCloudUser) {
      if (tenant.snapshot(upn).isEmpty()) {
        return "cloud user " + upn + " was already gone";
      }
      tenant.delete(upn);
      return "deleted cloud user " + upn;
    }
    throw new IllegalArgumentException("unknown directory action " + action);
  }

  private String assign(String upn, LicensePlan plan) {
    SkuCatalog catalog = subscribedSkus();
    List<String> unknown = new ArrayList<>();
    for (AssignedLicense l : plan.add()) {
      Optional<SubscribedSku> sku = catalog.find(l.skuId());
      if (sku.isEmpty()) {
        unknown.add("SKU " + l.skuId());
        continue;
      }
      Set<UUID> ids =
          sku.get().servicePlans().stream().map(ServicePlan::id).collect(Collectors.toSet());
      l.disabledPlans().stream()
          .filter(p -> !ids.contains(p))
          .forEach(p -> unknown.add("plan " + p));
    }
    if (!unknown.isEmpty()) {
      throw new InvalidValueException(
          "licences or plans not subscribed by this tenant: " + unknown,
          List.of("LicensesToAssignJson"));
    }
    EmulatedUser user = tenant.snapshot(upn).orElseThrow(() -> GraphFault.notFound(upn));
    Map<UUID, Set<UUID>> held = user.licences();
    List<GraphTenant.LicenceAdd> add = new ArrayList<>();
    for (AssignedLicense l : plan.add()) {
      if (!l.disabledPlans().equals(held.get(l.skuId()))) {
        add.add(new GraphTenant.LicenceAdd(l.skuId(), List.copyOf(l.disabledPlans())));
      }
    }
    Set<UUID> remove = new LinkedHashSet<>(plan.remove());
    remove.retainAll(held.keySet());
    if (add.isEmpty() && remove.isEmpty()) {
      return "licences of " + upn + " already as requested";
    }
    tenant.assignLicense(upn, add, List.copyOf(remove));
    return "assigned licences to " + upn;
  }

  private String password() {
    String chars = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#$%&*+-=?@^_~";
    StringBuilder sb = new StringBuilder("aA2!");
    for (int i = 0; i < 12; i++) {
      sb.append(chars.charAt(random.nextInt(chars.length())));
    }
    return sb.toString();
  }

  private static CloudUser toCloudUser(EmulatedUser u) {
    List<AssignedLicense> licences = new ArrayList<>();
    u.licences().forEach((sku, disabled) -> licences.add(new AssignedLicense(sku, disabled)));
    return new CloudUser(
        u.id().toString(),
        UserPrincipalName.of(u.userPrincipalName()),
        DisplayName.of(u.displayName()),
        u.accountEnabled(),
        u.usageLocation().map(UsageLocation::of),
        licences);
  }

  private static ExchangeConnectorException toException(GraphFault f) {
    RemoteError remote = new RemoteError("Graph", f.code, null);
    String text = "Graph emulator: " + f.getMessage() + " (HTTP " + f.status + " " + f.code + ")";
    String m = f.getMessage().toLowerCase(Locale.ROOT);
    if (f.status == 404) {
      return new UnknownObjectException(text, f, remote);
    }
    if (m.contains("already exists")) {
      return new AlreadyExistsException(text, f, remote);
    }
    String attribute =
        m.contains("usage location") || m.contains("usagelocation")
            ? "UsageLocation"
            : m.contains("password")
                ? "Password"
                : m.contains("userprincipalname")
                    ? "UserPrincipalName"
                    : m.contains("licen") || m.contains("service plan")
                        ? "LicensesToAssignJson"
                        : null;
    return new InvalidValueException(
        text, attribute == null ? List.of() : List.of(attribute), f, remote);
  }
}
