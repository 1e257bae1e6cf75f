package io.exchangekit.emulator.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * The state of the emulated tenant: verified domains, subscribed SKUs and users, with the
 * validations Microsoft Graph applies. Thread-safe; listeners are told outside the lock.
 */
final class GraphTenant {

  /** Service plans that give the user an Exchange Online mailbox. */
  static final Set<String> EXCHANGE_PLANS =
      Set.of(
          "EXCHANGE_S_ENTERPRISE",
          "EXCHANGE_S_STANDARD",
          "EXCHANGE_S_DESKLESS",
          "EXCHANGE_S_ESSENTIALS");

  private static final Pattern UPN_LOCAL = Pattern.compile("[A-Za-z0-9'.\\-_!#^~]{1,64}");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  record Plan(UUID id, String name, String appliesTo) {}

  static final class Sku {
    final UUID skuId;
    final String partNumber;
    final List<Plan> plans;
    int enabledUnits;
    final UUID subscriptionId;

    Sku(UUID skuId, String partNumber, List<Plan> plans, int enabledUnits, UUID subscriptionId) {
      this.skuId = skuId;
      this.partNumber = partNumber;
      this.plans = List.copyOf(plans);
      this.enabledUnits = enabledUnits;
      this.subscriptionId = subscriptionId;
    }

    Optional<Plan> plan(UUID id) {
      return plans.stream().filter(p -> p.id.equals(id)).findFirst();
    }
  }

  static final class User {
    final UUID id;
    String upn;
    String displayName;
    String mailNickname;
    boolean accountEnabled;
    String usageLocation;
    String passwordHash;
    final Map<UUID, Set<UUID>> licences = new LinkedHashMap<>();
    final Instant created;
    Instant sessionsValidFrom;
    int revocations;
    // when directory replication has brought the object to every replica; MIN for old objects
    Instant replicatedAt = Instant.MIN;

    User(UUID id, String upn, Instant created) {
      this.id = id;
      this.upn = upn;
      this.created = created;
      this.sessionsValidFrom = created;
    }

    EmulatedUser snapshot() {
      Map<UUID, Set<UUID>> copy = new LinkedHashMap<>();
      licences.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
      return new EmulatedUser(
          id,
          upn,
          displayName,
          mailNickname,
          accountEnabled,
          Optional.ofNullable(usageLocation),
          copy,
          revocations,
          sessionsValidFrom);
    }
  }

  /** What a caller asks for when creating a user. */
  record NewUser(
      String userPrincipalName,
      String displayName,
      String mailNickname,
      Boolean accountEnabled,
      String usageLocation,
      String password) {}

  record LicenceAdd(UUID skuId, List<UUID> disabledPlans) {}

  private record Change(String upn, String displayName, boolean hasExchangePlan) {}

  final String name;
  final UUID tenantId;
  private final Set<String> domains = new LinkedHashSet<>();
  private final Map<UUID, Sku> skus = new LinkedHashMap<>();
  private final Map<UUID, User> users = new LinkedHashMap<>();
  private final Map<UUID, User> deleted = new LinkedHashMap<>();
  private final List<LicenceListener> listeners = new CopyOnWriteArrayList<>();
  private volatile int listenerFailures;
  private Clock clock = Clock.systemUTC();
  private Duration replicationWindow = Duration.ZERO;

  GraphTenant(String name, UUID tenantId) {
    this.name = name;
    this.tenantId = tenantId;
  }

  /** The tenant {@code contoso} of the issue: two SKUs with their real ids, and carol. */
  static GraphTenant contoso() {
    GraphTenant t = new GraphTenant(ContosoTenant.NAME, ContosoTenant.TENANT_ID);
    t.domains.add(ContosoTenant.INITIAL_DOMAIN);
    t.domains.add(ContosoTenant.CUSTOM_DOMAIN);
    List<Plan> e3 = new ArrayList<>();
    ContosoTenant.enterprisePackPlans().forEach((n, id) -> e3.add(new Plan(id, n, "User")));
    t.addSku(
        new Sku(
            ContosoTenant.ENTERPRISEPACK_ID,
            ContosoTenant.ENTERPRISEPACK,
            e3,
            ContosoTenant.ENTERPRISEPACK_SEATS,
            UUID.fromString("0f5f3a1e-6c2b-4d7e-8a90-3b4c5d6e7f81")));
    t.addSku(
        new Sku(
            ContosoTenant.POWER_BI_STANDARD_ID,
            ContosoTenant.POWER_BI_STANDARD,
            List.of(
                new Plan(ContosoTenant.EXCHANGE_S_FOUNDATION, "EXCHANGE_S_FOUNDATION", "Company"),
                new Plan(ContosoTenant.BI_AZURE_P0, "BI_AZURE_P0", "User")),
            ContosoTenant.POWER_BI_STANDARD_SEATS,
            UUID.fromString("7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e02")));
    User carol =
        new User(
            UUID.fromString("3e6f1b2c-8d4a-4f5e-9a7b-1c2d3e4f5a6b"),
            ContosoTenant.CAROL,
            Instant.parse("2026-01-05T09:00:00Z"));
    carol.displayName = "Carol Baker";
    carol.mailNickname = "carol";
    carol.accountEnabled = true;
    t.users.put(carol.id, carol);
    return t;
  }

  synchronized void addSku(Sku sku) {
    skus.put(sku.skuId, sku);
  }

  synchronized void addDomain(String domain) {
    domains.add(domain.toLowerCase(Locale.ROOT));
  }

  synchronized Set<String> domains() {
    return Set.copyOf(domains);
  }

  synchronized void clock(Clock clock) {
    this.clock = clock;
  }

  synchronized Instant now() {
    return clock.instant();
  }

  /**
   * Entra ID is eventually consistent: an object just created is written to one replica and reaches
   * the others later, so reads and writes that land elsewhere answer 404 for a while (see
   * docs/fidelity.md). Objects created from now on stay invisible for this long.
   */
  synchronized void replicationWindow(Duration window) {
    this.replicationWindow = window;
  }

  void addListener(LicenceListener listener) {
    listeners.add(listener);
  }

  int listenerFailures() {
    return listenerFailures;
  }

  // ---------------------------------------------------------------- reads

  /** The user as a read or write through Graph sees it: not found before it has replicated. */
  synchronized User user(String key) {
    return find(key).filter(this::replicated).orElseThrow(() -> GraphFault.notFound(key));
  }

  private boolean replicated(User u) {
    return !clock.instant().isBefore(u.replicatedAt);
  }

  synchronized Optional<EmulatedUser> snapshot(String key) {
    return find(key).map(User::snapshot);
  }

  synchronized List<EmulatedUser> snapshots() {
    return users.values().stream().map(User::snapshot).toList();
  }

  /** Every user, replicated or not, for saving the state. */
  synchronized List<User> allUsers() {
    return List.copyOf(users.values());
  }

  /** The users a list read returns: those not replicated yet are left out. */
  synchronized List<User> usersInOrder() {
    return users.values().stream().filter(this::replicated).toList();
  }

  synchronized List<Sku> skus() {
    return List.copyOf(skus.values());
  }

  synchronized Sku sku(UUID id) {
    return skus.get(id);
  }

  synchronized int consumedUnits(UUID skuId) {
    return (int) users.values().stream().filter(u -> u.licences.containsKey(skuId)).count();
  }

  synchronized boolean passwordMatches(String key, String candidate) {
    User u = find(key).orElseThrow(() -> GraphFault.notFound(key));
    return u.passwordHash != null && u.passwordHash.equals(hash(candidate));
  }

  private Optional<User> find(String key) {
    try {
      UUID id = UUID.fromString(key);
      return Optional.ofNullable(users.get(id));
    } catch (IllegalArgumentException notAGuid) {
      return users.values().stream().filter(u -> u.upn.equalsIgnoreCase(key)).findFirst();
    }
  }

  // ---------------------------------------------------------------- writes

  /**
   * Directory synchronisation from on-premises AD (Entra Connect): the user appears, or its display
   * name, mail nickname and sign-in follow AD. A synchronised user has no cloud password and no
   * usage location until one is set.
   *
   * @return true when the user is new
   */
  synchronized boolean synchronize(
      String upn, String displayName, String mailNickname, boolean accountEnabled) {
    Optional<User> existing = find(upn);
    User u =
        existing.orElseGet(
            () -> {
              User n =
                  new User(UUID.randomUUID(), upn, clock.instant().truncatedTo(ChronoUnit.SECONDS));
              users.put(n.id, n);
              return n;
            });
    u.displayName = displayName;
    u.mailNickname = mailNickname;
    u.accountEnabled = accountEnabled;
    return existing.isEmpty();
  }

  synchronized User create(NewUser n) {
    requireProperty(n.accountEnabled(), "accountEnabled");
    requireProperty(blankToNull(n.displayName()), "displayName");
    requireProperty(blankToNull(n.mailNickname()), "mailNickname");
    requireProperty(blankToNull(n.password()), "passwordProfile");
    requireProperty(blankToNull(n.userPrincipalName()), "userPrincipalName");
    String upn = n.userPrincipalName();
    int at = upn.lastIndexOf('@');
    if (at <= 0 || !UPN_LOCAL.matcher(upn.substring(0, at)).matches()) {
      throw invalidProperty("userPrincipalName");
    }
    if (!domains.contains(upn.substring(at + 1).toLowerCase(Locale.ROOT))) {
      throw GraphFault.badRequest(
          "The domain portion of the userPrincipalName property is invalid. You must use one of"
              + " the verified domain names in your organization.");
    }
    if (n.usageLocation() != null) {
      checkUsageLocation(n.usageLocation());
    }
    if (!complexEnough(n.password())) {
      throw GraphFault.badRequest(
          "The specified password does not comply with password complexity requirements. Please"
              + " provide a different password.");
    }
    // [assumption] the uniqueness check sees objects that have not replicated yet (it runs where
    // the write runs), so a repeated POST within the window is refused, not duplicated
    if (find(upn).isPresent()) {
      // full JSON by a Microsoft employee, microsoftgraph/microsoft-graph-docs#1508 (2018-05-08)
      throw new GraphFault(
          400,
          "Request_BadRequest",
          "Another object with the same value for property userPrincipalName already exists.",
          List.of(Map.of("target", "userPrincipalName", "code", "ObjectConflict")));
    }
    Instant exact = clock.instant();
    User u = new User(UUID.randomUUID(), upn, exact.truncatedTo(ChronoUnit.SECONDS));
    u.replicatedAt = exact.plus(replicationWindow);
    u.displayName = n.displayName();
    u.mailNickname = n.mailNickname();
    u.accountEnabled = n.accountEnabled();
    u.usageLocation = n.usageLocation();
    u.passwordHash = hash(n.password());
    users.put(u.id, u);
    return u;
  }

  /** Applies a PATCH; a null argument leaves the property unchanged. */
  User patch(
      String key,
      Boolean accountEnabled,
      String usageLocation,
      String displayName,
      String mailNickname,
      String password) {
    Change change;
    Boolean signIn;
    User u;
    synchronized (this) {
      u = user(key);
      if (usageLocation != null) {
        checkUsageLocation(usageLocation);
      }
      if (displayName != null && displayName.isBlank()) {
        throw invalidProperty("displayName");
      }
      if (password != null && !complexEnough(password)) {
        throw GraphFault.badRequest(
            "The specified password does not comply with password complexity requirements."
                + " Please provide a different password.");
      }
      boolean renamed = displayName != null && !displayName.equals(u.displayName);
      signIn = accountEnabled != null && accountEnabled != u.accountEnabled ? accountEnabled : null;
      if (accountEnabled != null) {
        u.accountEnabled = accountEnabled;
      }
      if (usageLocation != null) {
        u.usageLocation = usageLocation;
      }
      if (displayName != null) {
        u.displayName = displayName;
      }
      if (mailNickname != null) {
        u.mailNickname = mailNickname;
      }
      if (password != null) {
        u.passwordHash = hash(password);
      }
      change = renamed && !u.licences.isEmpty() ? change(u) : null;
    }
    fire(change);
    if (signIn != null) {
      tell(l -> l.signInChanged(u.upn, signIn));
    }
    return u;
  }

  void delete(String key) {
    Change change;
    User u;
    synchronized (this) {
      u = user(key);
      users.remove(u.id);
      deleted.put(u.id, u);
      change = u.licences.isEmpty() ? null : new Change(u.upn, u.displayName, false);
    }
    fire(change);
    tell(l -> l.userDeleted(u.upn));
  }

  synchronized int deletedCount() {
    return deleted.size();
  }

  synchronized void revokeSessions(String key) {
    User u = user(key);
    u.revocations++;
    u.sessionsValidFrom = clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }

  /**
   * Microsoft Graph's {@code assignLicense}: a null list means the key was missing from the body.
   */
  User assignLicense(String key, List<LicenceAdd> add, List<UUID> remove) {
    Change change;
    User u;
    synchronized (this) {
      u = user(key);
      List<String> missing = new ArrayList<>();
      if (add == null) {
        missing.add("addLicenses");
      }
      if (remove == null) {
        missing.add("removeLicenses");
      }
      if (!missing.isEmpty()) {
        throw GraphFault.badRequest(
            "One or more parameters of the operation 'assignLicense' are missing from the request"
                + " payload. The missing parameters are: "
                + String.join(", ", missing)
                + ".");
      }
      // unknown SKU: wording from the CLI for Microsoft 365's test fixtures and HelloID connectors
      // (reference graph-licensing.md §1.6); the GUID's place in the text is as they show it
      for (LicenceAdd a : add) {
        if (a.skuId() == null || !skus.containsKey(a.skuId())) {
          throw GraphFault.badRequest(
              "License " + a.skuId() + " does not correspond to a valid company License.");
        }
      }
      for (UUID r : remove) {
        if (!skus.containsKey(r)) {
          throw GraphFault.badRequest(
              "License " + r + " does not correspond to a valid company License.");
        }
      }
      // full JSON captured 2025-01-06 (reference §1.6); also KelvinTegelaar/CIPP#783 (2022-02-23)
      if (!add.isEmpty() && u.usageLocation == null) {
        throw GraphFault.badRequest(
            "License assignment cannot be done for user with invalid usage location.");
      }
      for (LicenceAdd a : add) {
        Sku sku = skus.get(a.skuId());
        // [documented, third party] code and wording from scripts that match on them
        // (ErrorCode -eq "Request_BadRequest" -and Message -match "does not have any available
        // licenses"); [assumption] how the SKU is printed inside the sentence
        if (!u.licences.containsKey(sku.skuId) && consumedUnits(sku.skuId) >= sku.enabledUnits) {
          throw GraphFault.badRequest(
              "Subscription with SKU " + sku.skuId + " does not have any available licenses.");
        }
        for (UUID plan : a.disabledPlans()) {
          if (sku.plan(plan).isEmpty()) {
            // [assumption] wording paraphrases the report in MicrosoftDocs/azure-docs#81269.
            throw GraphFault.badRequest(
                "Service plan " + plan + " does not belong to the subscription " + sku.skuId + ".");
          }
        }
      }
      for (UUID r : remove) {
        if (!u.licences.containsKey(r)) {
          throw GraphFault.badRequest("User does not have a corresponding license.");
        }
      }
      boolean before = hasExchangePlan(u);
      Map<UUID, Set<UUID>> old = new LinkedHashMap<>(u.licences);
      for (UUID r : remove) {
        u.licences.remove(r);
      }
      for (LicenceAdd a : add) {
        u.licences.put(a.skuId(), new TreeSet<>(a.disabledPlans()));
      }
      boolean changed = !old.equals(u.licences) || before != hasExchangePlan(u);
      change = changed ? change(u) : null;
    }
    fire(change);
    return u;
  }

  private Change change(User u) {
    return new Change(u.upn, u.displayName, hasExchangePlan(u));
  }

  private boolean hasExchangePlan(User u) {
    for (Map.Entry<UUID, Set<UUID>> e : u.licences.entrySet()) {
      Sku sku = skus.get(e.getKey());
      for (Plan p : sku.plans) {
        if (EXCHANGE_PLANS.contains(p.name) && !e.getValue().contains(p.id)) {
          return true;
        }
      }
    }
    return false;
  }

  private void fire(Change change) {
    if (change != null) {
      tell(l -> l.licenceChanged(change.upn, change.displayName, change.hasExchangePlan));
    }
  }

  private void tell(java.util.function.Consumer<LicenceListener> event) {
    for (LicenceListener l : listeners) {
      try {
        event.accept(l);
      } catch (RuntimeException e) {
        listenerFailures++;
      }
    }
  }

  // ---------------------------------------------------------------- state import

  synchronized void clearUsers() {
    users.clear();
    deleted.clear();
  }

  synchronized void clearSkus() {
    skus.clear();
  }

  synchronized void clearDomains() {
    domains.clear();
  }

  synchronized void restore(User u) {
    users.put(u.id, u);
  }

  // ---------------------------------------------------------------- helpers

  private static void requireProperty(Object value, String property) {
    if (value == null) {
      throw invalidProperty(property);
    }
  }

  static GraphFault invalidProperty(String property) {
    return GraphFault.badRequest(
        "Invalid value specified for property '" + property + "' of resource 'User'.");
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static void checkUsageLocation(String usageLocation) {
    // [documented, third party] "Property usageLocation is invalid." (exact JSON not known)
    if (!COUNTRIES.contains(usageLocation)) {
      throw GraphFault.badRequest("Property usageLocation is invalid.");
    }
  }

  /** Entra ID's rule: 8 to 256 characters, three of lower, upper, digit and symbol. */
  static boolean complexEnough(String password) {
    if (password.length() < 8 || password.length() > 256) {
      return false;
    }
    int classes = 0;
    classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
    classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
    classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
    classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
    return classes >= 3;
  }

  static String hash(String password) {
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder();
      for (byte b : d) {
        sb.append(String.format("%02x", b));
      }
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
