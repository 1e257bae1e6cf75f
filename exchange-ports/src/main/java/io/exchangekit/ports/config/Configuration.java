package io.exchangekit.ports.config;

import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.mode.NewUserBehavior;
import io.exchangekit.core.mode.Scope;
import io.exchangekit.core.planning.PlanOptions;
import io.exchangekit.core.recipient.Secret;
import io.exchangekit.ports.spi.BackendConfig;
import io.exchangekit.ports.spi.Backends;
import io.exchangekit.ports.spi.CloudDirectoryProvider;
import io.exchangekit.ports.spi.ExchangeBackendProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A configuration read and checked, before anything is opened: the section of each scope with its
 * provider, the planning options, the default mode and the caller's own sections.
 */
record Configuration(
    Optional<Section<ExchangeBackendProvider>> premise,
    Optional<Section<ExchangeBackendProvider>> online,
    Optional<Section<CloudDirectoryProvider>> graph,
    PlanOptions options,
    ConnectorMode defaultMode,
    Map<String, BackendConfig> extraSections) {

  static final String PREMISE = "premise";
  static final String ONLINE = "online";
  static final String GRAPH = "graph";
  static final String OPTIONS = "options";
  static final String PROVIDER = "provider";

  /** The keys of {@code options.*}. */
  static final Set<String> OPTION_KEYS =
      Set.of(
          "strict",
          "lockAttribute",
          "lockAdAccount",
          "removeUnlistedLicenses",
          "connectorScope",
          "newUserBehavior",
          "remoteRoutingDomain");

  private static final Pattern ENV = Pattern.compile("\\$\\{env:([A-Za-z_][A-Za-z0-9_]*)}");

  /** One backend section: its provider and settings. */
  record Section<P>(P provider, BackendConfig settings) {}

  /**
   * Reads and checks raw keys and values.
   *
   * @throws IllegalArgumentException naming the key that is wrong and what is allowed
   * @throws IllegalStateException when a section's provider is missing or ambiguous
   */
  static Configuration read(
      Map<String, String> raw,
      Function<String, String> environment,
      ClassLoader loader,
      Map<String, Set<String>> extra) {
    Map<String, String> all = new LinkedHashMap<>();
    Map<String, String> seen = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (Map.Entry<String, String> e : new TreeMap<>(raw).entrySet()) {
      String key = e.getKey().trim();
      String earlier = seen.put(key, key);
      if (earlier != null) {
        throw new IllegalArgumentException(
            "configuration key '" + key + "' is given twice (also as '" + earlier + "')");
      }
      all.put(key, expand(key, e.getValue(), environment));
    }
    Map<String, String> premiseRaw = sectionOf(all, PREMISE);
    Map<String, String> onlineRaw = sectionOf(all, ONLINE);
    Map<String, String> graphRaw = sectionOf(all, GRAPH);
    Optional<ExchangeBackendProvider> premiseProvider =
        premiseRaw.isEmpty()
            ? Optional.empty()
            : Optional.of(Backends.exchange(Scope.PREMISE, providerName(premiseRaw), loader));
    Optional<ExchangeBackendProvider> onlineProvider =
        onlineRaw.isEmpty()
            ? Optional.empty()
            : Optional.of(Backends.exchange(Scope.ONLINE, providerName(onlineRaw), loader));
    Optional<CloudDirectoryProvider> graphProvider =
        graphRaw.isEmpty()
            ? Optional.empty()
            : Optional.of(Backends.cloudDirectory(providerName(graphRaw), loader));

    SortedSet<String> known =
        knownKeys(loader, extra, premiseProvider, onlineProvider, graphProvider);
    SortedSet<String> anyProvider =
        knownKeys(loader, extra, Optional.empty(), Optional.empty(), Optional.empty());
    Map<String, String> chosen = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    premiseProvider.ifPresent(p -> chosen.put(PREMISE, p.name()));
    onlineProvider.ifPresent(p -> chosen.put(ONLINE, p.name()));
    graphProvider.ifPresent(p -> chosen.put(GRAPH, p.name()));
    for (String key : all.keySet()) {
      if (!known.contains(key)) {
        throw new IllegalArgumentException(
            unknown(key, known, anyProvider, chosen, extra.keySet()));
      }
    }
    if (premiseRaw.isEmpty() && onlineRaw.isEmpty()) {
      throw new IllegalArgumentException(
          "the configuration names no target: give premise.* (Exchange Server) or online.*"
              + " (Exchange Online, with graph.*)");
    }
    Map<String, String> optionsRaw = sectionOf(all, OPTIONS);
    PlanOptions options = options(optionsRaw);
    // hybrid: premise.* with graph.* (licences) and the routing domain, without online.*
    boolean hybrid = !premiseRaw.isEmpty() && options.remoteRoutingDomain().isPresent();
    if (!onlineRaw.isEmpty() && graphRaw.isEmpty()
        || onlineRaw.isEmpty() && !graphRaw.isEmpty() && !hybrid) {
      throw new IllegalArgumentException(
          "online.* (Exchange Online PowerShell) and graph.* (Microsoft Graph, for cloud users"
              + " and licences) go together, or graph.* goes with premise.* and"
              + " options.remoteRoutingDomain for hybrid scope; "
              + (onlineRaw.isEmpty() ? "online.* is missing" : "graph.* is missing"));
    }
    ConnectorMode mode =
        defaultMode(
            optionsRaw,
            !premiseRaw.isEmpty(),
            !onlineRaw.isEmpty(),
            !premiseRaw.isEmpty() && !graphRaw.isEmpty() && hybrid);
    Map<String, BackendConfig> extraSections = new LinkedHashMap<>();
    for (String name : extra.keySet()) {
      extraSections.put(name, backendConfig(sectionOf(all, name)));
    }
    return new Configuration(
        premiseProvider.map(p -> new Section<>(p, backendConfig(premiseRaw))),
        onlineProvider.map(p -> new Section<>(p, backendConfig(onlineRaw))),
        graphProvider.map(p -> new Section<>(p, backendConfig(graphRaw))),
        options,
        mode,
        extraSections);
  }

  /**
   * Every key the loader accepts with the providers {@code loader} finds: for a section whose
   * provider is known its keys, otherwise those of every provider of the section's scope.
   */
  static SortedSet<String> knownKeys(
      ClassLoader loader,
      Map<String, Set<String>> extra,
      Optional<ExchangeBackendProvider> premise,
      Optional<ExchangeBackendProvider> online,
      Optional<CloudDirectoryProvider> graph) {
    SortedSet<String> known = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    List<ExchangeBackendProvider> exchange = new ArrayList<>();
    loadAll(ServiceLoader.load(ExchangeBackendProvider.class, loader), exchange);
    List<CloudDirectoryProvider> directories = new ArrayList<>();
    loadAll(ServiceLoader.load(CloudDirectoryProvider.class, loader), directories);
    for (Scope scope : Scope.values()) {
      String section = scope == Scope.PREMISE ? PREMISE : ONLINE;
      Optional<ExchangeBackendProvider> chosen = scope == Scope.PREMISE ? premise : online;
      List<Set<String>> keys = new ArrayList<>();
      if (chosen.isPresent()) {
        keys.add(chosen.get().settingKeys());
      } else {
        exchange.stream().filter(p -> p.scope() == scope).forEach(p -> keys.add(p.settingKeys()));
      }
      add(known, section, keys);
    }
    List<Set<String>> graphKeys = new ArrayList<>();
    if (graph.isPresent()) {
      graphKeys.add(graph.get().settingKeys());
    } else {
      directories.forEach(p -> graphKeys.add(p.settingKeys()));
    }
    add(known, GRAPH, graphKeys);
    add(known, OPTIONS, List.of(OPTION_KEYS));
    extra.forEach((name, keys) -> add(known, name, List.of(keys)));
    return known;
  }

  private static void add(SortedSet<String> known, String section, List<Set<String>> keys) {
    if (Set.of(PREMISE, ONLINE, GRAPH).contains(section) && !keys.isEmpty()) {
      known.add(section + "." + PROVIDER);
    }
    keys.forEach(set -> set.forEach(k -> known.add(section + "." + k)));
  }

  private static <P> void loadAll(ServiceLoader<P> services, List<P> into) {
    var it = services.iterator();
    while (true) {
      try {
        if (!it.hasNext()) {
          return;
        }
        into.add(it.next());
      } catch (ServiceConfigurationError e) {
        // Backends reports unusable providers when a section needs one
      }
    }
  }

  /**
   * Explains an unknown key: the nearest key of any provider (saying so when it belongs to another
   * provider than the section's), else the section's keys, else the sections.
   */
  private static String unknown(
      String key,
      Set<String> known,
      Set<String> anyProvider,
      Map<String, String> chosen,
      Set<String> extra) {
    Set<String> candidates = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    candidates.addAll(known);
    candidates.addAll(anyProvider);
    Optional<String> nearest = NearestKey.of(key, candidates);
    if (nearest.isPresent()) {
      String near = nearest.get();
      String nearSection = near.substring(0, near.indexOf('.'));
      if (near.equalsIgnoreCase(key)) {
        return "configuration key '"
            + key
            + "' is a setting of another provider; this configuration's "
            + nearSection
            + ".* uses provider '"
            + chosen.get(nearSection)
            + "' (choose with "
            + nearSection
            + ".provider)";
      }
      return "unknown configuration key '"
          + key
          + "'; did you mean "
          + near
          + "?"
          + (known.contains(near)
              ? ""
              : " (a setting of another provider; this configuration's "
                  + nearSection
                  + ".* uses provider '"
                  + chosen.get(nearSection)
                  + "')");
    }
    List<String> sections = new ArrayList<>(List.of(PREMISE, ONLINE, GRAPH, OPTIONS));
    sections.addAll(extra);
    String section = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
    boolean knownSection = sections.stream().anyMatch(s -> s.equalsIgnoreCase(section));
    if (knownSection) {
      List<String> ofSection =
          known.stream()
              .filter(k -> k.regionMatches(true, 0, section + ".", 0, section.length() + 1))
              .toList();
      return "unknown configuration key '"
          + key
          + "'; the keys of "
          + section
          + ".* are "
          + String.join(", ", ofSection);
    }
    return "unknown configuration key '"
        + key
        + "'; keys start with "
        + String.join(". ", sections)
        + ".";
  }

  private static Optional<String> providerName(Map<String, String> section) {
    return section.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(PROVIDER))
        .map(e -> e.getValue().trim())
        .findFirst();
  }

  private static Map<String, String> sectionOf(Map<String, String> all, String name) {
    Map<String, String> section = new LinkedHashMap<>();
    all.forEach(
        (k, v) -> {
          if (k.regionMatches(true, 0, name + ".", 0, name.length() + 1)) {
            section.put(k.substring(name.length() + 1), v);
          }
        });
    return section;
  }

  /** Keys whose name contains "password" or "secret" become secrets; the provider key is left. */
  private static BackendConfig backendConfig(Map<String, String> section) {
    Map<String, String> settings = new LinkedHashMap<>();
    Map<String, Secret> secrets = new LinkedHashMap<>();
    section.forEach(
        (key, v) -> {
          String lower = key.toLowerCase(Locale.ROOT);
          if (lower.equals(PROVIDER)) {
            return;
          }
          if (lower.contains("password") || lower.contains("secret")) {
            secrets.put(key, Secret.of(v));
          } else {
            settings.put(key, v);
          }
        });
    return BackendConfig.of(settings, secrets);
  }

  private static PlanOptions options(Map<String, String> raw) {
    BackendConfig o = BackendConfig.of(raw, Map.of());
    PlanOptions options =
        PlanOptions.DEFAULT
            .withStrict(bool(o, "strict"))
            .withLockAdAccount(bool(o, "lockAdAccount"))
            .withRemoveUnlistedLicenses(bool(o, "removeUnlistedLicenses"));
    Optional<String> routing = o.setting("remoteRoutingDomain");
    if (routing.isPresent()) {
      try {
        options = options.withRemoteRoutingDomain(routing.get());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "options.remoteRoutingDomain must be the tenant's routing domain, e.g."
                + " contoso.mail.onmicrosoft.com, but was '"
                + routing.get()
                + "'",
            e);
      }
    }
    Optional<String> lock = o.setting("lockAttribute");
    if (lock.isPresent()) {
      int n;
      try {
        n = Integer.parseInt(lock.get().trim());
      } catch (NumberFormatException e) {
        n = 0;
      }
      if (n < 1 || n > 15) {
        throw new IllegalArgumentException(
            "options.lockAttribute must be a CustomAttribute number from 1 to 15 but was '"
                + lock.get()
                + "'");
      }
      options = options.withLockAttribute(n);
    }
    return options;
  }

  private static boolean bool(BackendConfig options, String key) {
    try {
      return options.booleanSetting(key, false);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "options."
              + key
              + " must be true or false but was '"
              + options.setting(key).orElse("")
              + "'",
          e);
    }
  }

  private static ConnectorMode defaultMode(
      Map<String, String> raw, boolean hasPremise, boolean hasOnline, boolean hasHybrid) {
    BackendConfig o = BackendConfig.of(raw, Map.of());
    Scope scope;
    NewUserBehavior behavior;
    try {
      scope =
          o.setting("connectorScope")
              .map(Scope::parse)
              .orElse(hasPremise ? Scope.PREMISE : Scope.ONLINE);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "options.connectorScope must be one of premise, online, hybrid but was '"
              + o.setting("connectorScope").orElse("")
              + "'",
          e);
    }
    try {
      behavior =
          o.setting("newUserBehavior").map(NewUserBehavior::parse).orElse(NewUserBehavior.ENABLE);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "options.newUserBehavior must be one of enable, create but was '"
              + o.setting("newUserBehavior").orElse("")
              + "'",
          e);
    }
    if (scope == Scope.HYBRID && !hasHybrid) {
      throw new IllegalArgumentException(
          "options.connectorScope is hybrid, which needs premise.* (the on-premises server that"
              + " manages remote mailboxes), graph.* (licences) and options.remoteRoutingDomain"
              + " (e.g. contoso.mail.onmicrosoft.com)");
    }
    if (scope != Scope.HYBRID && !(scope == Scope.PREMISE ? hasPremise : hasOnline)) {
      throw new IllegalArgumentException(
          "options.connectorScope is "
              + scope.settingValue()
              + " but the configuration has no "
              + scope.settingValue()
              + ".* section");
    }
    return ConnectorMode.of(scope, behavior);
  }

  private static String expand(String key, String value, Function<String, String> environment) {
    Matcher m = ENV.matcher(value);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String v = environment.apply(m.group(1));
      if (v == null) {
        throw new IllegalArgumentException(
            "configuration key '"
                + key
                + "' needs the environment variable "
                + m.group(1)
                + ", which is not set");
      }
      m.appendReplacement(b, Matcher.quoteReplacement(v));
    }
    m.appendTail(b);
    return b.toString();
  }
}
