package io.exchangekit.adapter.graph;

import com.microsoft.graph.models.PasswordProfile;
import com.microsoft.graph.models.User;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.graph.users.item.assignlicense.AssignLicensePostRequestBody;
import io.exchangekit.core.directory.CloudUser;
import io.exchangekit.core.error.AlreadyExistsException;
import io.exchangekit.core.error.InvalidValueException;
import io.exchangekit.core.error.ServiceUnavailableException;
import io.exchangekit.core.error.UnknownObjectException;
import io.exchangekit.core.license.AssignedLicense;
import io.exchangekit.core.license.LicensePlan;
import io.exchangekit.core.license.LicenseSelection;
import io.exchangekit.core.license.ServicePlan;
import io.exchangekit.core.license.SkuCatalog;
import io.exchangekit.core.license.SubscribedSku;
import io.exchangekit.core.plan.DirectoryAction.CreateCloudUser;
import io.exchangekit.core.recipient.DisplayName;
import io.exchangekit.core.recipient.UsageLocation;
import io.exchangekit.core.recipient.UserPrincipalName;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Graph calls behind the cloud-directory port, each one idempotent: it reads what is there
 * first where a blind write could fail or do harm, so a repeated call converges.
 *
 * <p>Entra ID is eventually consistent: a user just created is often not found (404) for seconds,
 * sometimes minutes. The client therefore keeps what the POST answered instead of reading the user
 * back, and retries a read or write of a user it knows to exist (it created it, or Graph said it
 * already exists) with back-off while Graph answers 404, for at most the configured replication
 * wait.
 */
final class GraphDirectoryClient {

  private static final Logger LOG = LoggerFactory.getLogger(GraphDirectoryClient.class);
  private static final String[] USER_PROPERTIES = {
    "id", "userPrincipalName", "displayName", "accountEnabled", "usageLocation", "assignedLicenses"
  };
  private static final String LICENCES = "LicensesToAssignJson";

  private final GraphServiceClient graph;
  private final GraphCalls calls;
  private final SkuCatalogCache catalog;
  private static final Duration FIRST_REPLICATION_BACKOFF = Duration.ofMillis(500);
  private static final Duration MAX_REPLICATION_BACKOFF = Duration.ofSeconds(8);

  private final PasswordGenerator passwords = new PasswordGenerator(new SecureRandom());
  private final Duration replicationWait;
  private final FreshUsers fresh;

  GraphDirectoryClient(
      GraphServiceClient graph,
      GraphCalls calls,
      Duration skuTtl,
      Duration replicationWait,
      Clock clock) {
    this.graph = graph;
    this.calls = calls;
    this.catalog = new SkuCatalogCache(this::readCatalog, skuTtl, clock);
    this.replicationWait = replicationWait;
    this.fresh = new FreshUsers(replicationWait, clock);
  }

  GraphDirectoryClient(GraphServiceClient graph, GraphCalls calls, Duration skuTtl, Clock clock) {
    this(graph, calls, skuTtl, GraphDirectoryConfig.DEFAULT_REPLICATION_WAIT, clock);
  }

  SkuCatalogCache catalogCache() {
    return catalog;
  }

  // ---------------------------------------------------------------- reads

  Optional<CloudUser> findUser(UserPrincipalName upn) {
    if (fresh.get(upn).isPresent()) {
      return Optional.of(readUser(upn, true));
    }
    try {
      return Optional.of(readUser(upn, false));
    } catch (UnknownObjectException gone) {
      return Optional.empty();
    }
  }

  /** GET the user; when it is known to exist, a 404 is replication lag and is waited out. */
  private CloudUser readUser(UserPrincipalName upn, boolean knownToExist) {
    return toCloudUser(
        untilReplicated(
            upn,
            "get user",
            knownToExist,
            () ->
                calls.call(
                    "get user",
                    () ->
                        graph
                            .users()
                            .byUserId(upn.value())
                            .get(rc -> rc.queryParameters.select = USER_PROPERTIES.clone()))));
  }

  /**
   * Runs a call on a user; when the user is known to exist (created here moments ago, or Graph said
   * it already exists) and Graph answers 404, waits with exponential back-off (0.5 s doubling to 8
   * s) and tries again until the replication wait is spent, then fails naming the user and the lag.
   */
  private <T> T untilReplicated(
      UserPrincipalName upn, String operation, boolean knownToExist, Supplier<T> call) {
    if (!knownToExist && fresh.get(upn).isEmpty()) {
      return call.get();
    }
    Duration waited = Duration.ZERO;
    for (int attempt = 1; ; attempt++) {
      try {
        return call.get();
      } catch (UnknownObjectException notYet) {
        Duration left = replicationWait.minus(waited);
        if (left.isNegative() || left.isZero()) {
          throw notReplicated(upn, operation, waited, notYet);
        }
        Duration wait = FIRST_REPLICATION_BACKOFF.multipliedBy(1L << Math.min(attempt - 1, 4));
        wait = wait.compareTo(MAX_REPLICATION_BACKOFF) > 0 ? MAX_REPLICATION_BACKOFF : wait;
        wait = wait.compareTo(left) > 0 ? left : wait;
        LOG.debug(
            "Graph {} of {} answered 404 although the user exists (not replicated yet);"
                + " attempt {}, waited {} ms of {} ms, retrying in {} ms",
            operation,
            upn,
            attempt,
            waited.toMillis(),
            replicationWait.toMillis(),
            wait.toMillis());
        calls.pause(operation, wait);
        waited = waited.plus(wait);
      }
    }
  }

  private ServiceUnavailableException notReplicated(
      UserPrincipalName upn, String operation, Duration waited, UnknownObjectException last) {
    String age =
        fresh
            .get(upn)
            .map(
                f ->
                    "it was created "
                        + Duration.between(f.createdAt(), java.time.Instant.now()).toSeconds()
                        + " s ago, and ")
            .orElse("");
    return new ServiceUnavailableException(
        "cloud user '"
            + upn
            + "' exists but Microsoft Graph does not find it yet (Entra ID replication lag): "
            + age
            + "Graph "
            + operation
            + " still answered 404 Request_ResourceNotFound after "
            + waited.toSeconds()
            + " s of retries; repeat the request later, or raise the replication wait"
            + " (replicationWaitSeconds, now "
            + replicationWait.toSeconds()
            + " s)",
        null,
        last,
        last.remoteError().orElse(null));
  }

  SkuCatalog subscribedSkus() {
    return catalog.get();
  }

  /** The catalog, read again on a miss of one of these licence or plan names. */
  SkuCatalog subscribedSkus(Collection<LicenseSelection> needed) {
    return catalog.covering(c -> needed.stream().allMatch(s -> resolves(c, s)));
  }

  private static boolean resolves(SkuCatalog catalog, LicenseSelection s) {
    return catalog
        .find(s.sku())
        .map(sku -> s.disabledPlans().stream().allMatch(p -> sku.plan(p).isPresent()))
        .orElse(false);
  }

  private SkuCatalog readCatalog() {
    var response = calls.call("list subscribedSkus", () -> graph.subscribedSkus().get());
    List<SubscribedSku> skus = new ArrayList<>();
    for (com.microsoft.graph.models.SubscribedSku s : response.getValue()) {
      List<ServicePlan> plans = new ArrayList<>();
      if (s.getServicePlans() != null) {
        s.getServicePlans()
            .forEach(p -> plans.add(new ServicePlan(p.getServicePlanId(), p.getServicePlanName())));
      }
      int enabled =
          s.getPrepaidUnits() == null || s.getPrepaidUnits().getEnabled() == null
              ? 0
              : s.getPrepaidUnits().getEnabled();
      int consumed = s.getConsumedUnits() == null ? 0 : s.getConsumedUnits();
      skus.add(
          new SubscribedSku(
              s.getAccountName() == null ? "" : s.getAccountName(),
              s.getSkuId(),
              s.getSkuPartNumber(),
              plans,
              enabled,
              consumed));
    }
    LOG.debug("read {} subscribed SKUs", skus.size());
    return new SkuCatalog(skus);
  }

  private static CloudUser toCloudUser(User u) {
    List<AssignedLicense> licences = new ArrayList<>();
    if (u.getAssignedLicenses() != null) {
      for (com.microsoft.graph.models.AssignedLicense l : u.getAssignedLicenses()) {
        licences.add(
            new AssignedLicense(
                l.getSkuId(),
                l.getDisabledPlans() == null ? Set.of() : new HashSet<>(l.getDisabledPlans())));
      }
    }
    return new CloudUser(
        u.getId(),
        UserPrincipalName.of(u.getUserPrincipalName()),
        DisplayName.of(u.getDisplayName()),
        u.getAccountEnabled() == null || u.getAccountEnabled(),
        usageLocation(u),
        licences);
  }

  /** Graph's usage location; one the domain does not know (a code newer than the JDK) is absent. */
  private static Optional<UsageLocation> usageLocation(User u) {
    String code = u.getUsageLocation();
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(UsageLocation.of(code));
    } catch (IllegalArgumentException unknown) {
      LOG.warn(
          "user {} has usage location '{}', which is not an ISO 3166 code known here",
          u.getUserPrincipalName(),
          code);
      return Optional.empty();
    }
  }

  private CloudUser existing(UserPrincipalName upn) {
    return findUser(upn)
        .orElseThrow(
            () ->
                new UnknownObjectException(
                    "cloud user '" + upn + "' does not exist in the tenant"));
  }

  /** The user as this client knows it: what it created moments ago, else read from Graph. */
  private CloudUser current(UserPrincipalName upn) {
    return fresh.get(upn).map(FreshUsers.Fresh::state).orElseGet(() -> existing(upn));
  }

  // ---------------------------------------------------------------- writes

  /** Creates the user, or converges an existing one; true when it was created now. */
  boolean createUser(CreateCloudUser a) {
    Optional<CloudUser> found = findUser(a.user());
    if (found.isPresent()) {
      converge(found.get(), a);
      return false;
    }
    boolean generated = a.password().isEmpty();
    String password = a.password().map(s -> s.reveal()).orElseGet(passwords::next);
    User answer;
    try {
      answer = calls.call("create user", () -> graph.users().post(newUser(a, password, generated)));
    } catch (AlreadyExistsException raced) {
      // an earlier attempt got through before its answer was lost, or someone else created it;
      // either way it exists and may still be replicating, so a 404 from now on is lag
      CloudUser existing = readUser(a.user(), true);
      fresh.created(existing);
      converge(existing, a);
      return false;
    }
    // the POST answers with the new user's id but not every property it was given; reading it back
    // would often answer 404 while it replicates
    fresh.created(
        new CloudUser(
            answer == null || answer.getId() == null ? a.user().value() : answer.getId(),
            a.user(),
            a.displayName(),
            true,
            Optional.of(a.usageLocation()),
            List.of()));
    LOG.info("created cloud user {}", a.user());
    return true;
  }

  /** The body of {@code POST /users}. */
  static User newUser(CreateCloudUser a, String password, boolean generated) {
    User u = new User();
    u.setAccountEnabled(true);
    u.setDisplayName(a.displayName().value());
    u.setMailNickname(a.mailNickname().value());
    u.setUserPrincipalName(a.user().value());
    u.setUsageLocation(a.usageLocation().value());
    PasswordProfile p = new PasswordProfile();
    p.setPassword(password);
    // a generated password is known to nobody: whoever signs in first must set their own
    p.setForceChangePasswordNextSignIn(generated);
    u.setPasswordProfile(p);
    return u;
  }

  /** The body of {@code PATCH /users/{id}} that sets the usage location. */
  static User usageLocationPatch(UsageLocation location) {
    User p = new User();
    p.setUsageLocation(location.value());
    return p;
  }

  /** The body of {@code PATCH /users/{id}} that allows or blocks sign-in. */
  static User signInPatch(boolean enabled) {
    User p = new User();
    p.setAccountEnabled(enabled);
    return p;
  }

  /** The Graph endpoint requests go to, e.g. {@code https://graph.microsoft.com/v1.0}. */
  String baseUrl() {
    return graph.getRequestAdapter().getBaseUrl();
  }

  private void converge(CloudUser u, CreateCloudUser a) {
    boolean sameName = u.displayName().equals(a.displayName());
    boolean sameLocation = u.usageLocation().map(a.usageLocation()::equals).orElse(false);
    if (!sameName || !sameLocation) {
      patch(
          a.user(),
          "update user",
          () -> {
            User p = usageLocationPatch(a.usageLocation());
            p.setDisplayName(a.displayName().value());
            return p;
          });
    }
    LOG.info("cloud user {} already exists; converged", a.user());
  }

  void setUsageLocation(UserPrincipalName upn, UsageLocation location) {
    patch(upn, "set usage location", () -> usageLocationPatch(location));
    fresh.changed(
        upn,
        u ->
            new CloudUser(
                u.id(),
                u.userPrincipalName(),
                u.displayName(),
                u.accountEnabled(),
                Optional.of(location),
                u.licenses()));
  }

  void setSignIn(UserPrincipalName upn, boolean enabled) {
    patch(upn, enabled ? "allow sign-in" : "block sign-in", () -> signInPatch(enabled));
    fresh.changed(
        upn,
        u ->
            new CloudUser(
                u.id(),
                u.userPrincipalName(),
                u.displayName(),
                enabled,
                u.usageLocation(),
                u.licenses()));
  }

  private void patch(UserPrincipalName upn, String operation, Supplier<User> body) {
    untilReplicated(
        upn,
        operation,
        false,
        () -> {
          calls.run(operation, () -> graph.users().byUserId(upn.value()).patch(body.get()));
          return null;
        });
  }

  void revokeSessions(UserPrincipalName upn) {
    untilReplicated(
        upn,
        "revoke sign-in sessions",
        false,
        () ->
            calls.call(
                "revoke sign-in sessions",
                () -> graph.users().byUserId(upn.value()).revokeSignInSessions().post()));
  }

  /** Deletes the user; false when there was nothing to delete. */
  boolean deleteUser(UserPrincipalName upn) {
    try {
      untilReplicated(
          upn,
          "delete user",
          false,
          () -> {
            int[] sent = {0};
            try {
              calls.run(
                  "delete user",
                  () -> {
                    sent[0]++;
                    graph.users().byUserId(upn.value()).delete();
                  });
            } catch (UnknownObjectException gone) {
              if (sent[0] > 1) {
                // an earlier attempt of this call was carried out but its answer was lost (the
                // retry followed a 503), so this 404 is the deletion, not replication lag
                return null;
              }
              throw gone;
            }
            return null;
          });
      fresh.forget(upn);
      LOG.info("deleted cloud user {}", upn);
      return true;
    } catch (UnknownObjectException gone) {
      return false;
    }
  }

  /**
   * Applies a licence plan against what the user holds now: licences already held with the same
   * disabled plans are not sent again, and only held licences are removed. Every SKU and plan id is
   * checked against the catalog (read again on a miss) before anything is written.
   *
   * @return the plan actually sent, empty when nothing had to change
   */
  LicensePlan assignLicenses(UserPrincipalName upn, LicensePlan plan) {
    SkuCatalog skus = catalog.covering(c -> unknownIds(plan, c).isEmpty());
    List<String> unknown = unknownIds(plan, skus);
    if (!unknown.isEmpty()) {
      throw new InvalidValueException(
          "licences or plans not subscribed by this tenant: " + unknown, List.of(LICENCES));
    }
    for (int pass = 1; ; pass++) {
      CloudUser user = pass == 1 ? current(upn) : existing(upn);
      LicensePlan effective = effective(plan, user);
      if (effective.isEmpty()) {
        return effective;
      }
      try {
        untilReplicated(
            upn,
            "assign licenses",
            false,
            () -> {
              send(user.id(), effective);
              return null;
            });
        fresh.changed(upn, u -> withLicences(u, effective));
      } catch (InvalidValueException e) {
        // a removal that an earlier, seemingly failed attempt already carried out: look again once
        if (pass == 1 && e.getMessage().contains("does not have a corresponding license")) {
          continue;
        }
        throw e;
      }
      LOG.info(
          "licences of {}: added or changed {}, removed {}",
          upn,
          effective.add().stream().map(AssignedLicense::skuId).toList(),
          effective.remove());
      return effective;
    }
  }

  private static CloudUser withLicences(CloudUser u, LicensePlan applied) {
    Map<UUID, AssignedLicense> held = new java.util.LinkedHashMap<>();
    u.licenses().forEach(l -> held.put(l.skuId(), l));
    applied.remove().forEach(held::remove);
    applied.add().forEach(l -> held.put(l.skuId(), l));
    return new CloudUser(
        u.id(),
        u.userPrincipalName(),
        u.displayName(),
        u.accountEnabled(),
        u.usageLocation(),
        List.copyOf(held.values()));
  }

  /** The part of the plan that still has to change for this user. */
  private static LicensePlan effective(LicensePlan plan, CloudUser user) {
    Map<UUID, Set<UUID>> held =
        user.licenses().stream()
            .collect(Collectors.toMap(AssignedLicense::skuId, AssignedLicense::disabledPlans));
    List<AssignedLicense> add =
        plan.add().stream().filter(l -> !l.disabledPlans().equals(held.get(l.skuId()))).toList();
    Set<UUID> remove = new LinkedHashSet<>(plan.remove());
    remove.retainAll(held.keySet());
    return new LicensePlan(add, remove);
  }

  private void send(String userId, LicensePlan effective) {
    calls.call(
        "assign licenses",
        // a fresh body per attempt: the SDK sends a model it already sent as {}
        () -> graph.users().byUserId(userId).assignLicense().post(assignLicenseBody(effective)));
  }

  /** The body of {@code POST /users/{id}/assignLicense}. */
  static AssignLicensePostRequestBody assignLicenseBody(LicensePlan plan) {
    AssignLicensePostRequestBody body = new AssignLicensePostRequestBody();
    List<com.microsoft.graph.models.AssignedLicense> adds = new ArrayList<>();
    for (AssignedLicense l : plan.add()) {
      com.microsoft.graph.models.AssignedLicense g =
          new com.microsoft.graph.models.AssignedLicense();
      g.setSkuId(l.skuId());
      g.setDisabledPlans(new ArrayList<>(l.disabledPlans()));
      adds.add(g);
    }
    // both lists always present: Graph rejects a body missing either key
    body.setAddLicenses(adds);
    body.setRemoveLicenses(new ArrayList<>(plan.remove()));
    return body;
  }

  private static List<String> unknownIds(LicensePlan plan, SkuCatalog catalog) {
    List<String> unknown = new ArrayList<>();
    for (AssignedLicense l : plan.add()) {
      Optional<SubscribedSku> sku = catalog.find(l.skuId());
      if (sku.isEmpty()) {
        unknown.add("SKU " + l.skuId());
        continue;
      }
      Set<UUID> plans =
          sku.get().servicePlans().stream().map(ServicePlan::id).collect(Collectors.toSet());
      l.disabledPlans().stream()
          .filter(p -> !plans.contains(p))
          .forEach(p -> unknown.add("plan " + p + " of " + sku.get().skuPartNumber()));
    }
    return unknown;
  }
}
