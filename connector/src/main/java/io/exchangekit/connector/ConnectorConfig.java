package io.exchangekit.connector;

import io.exchangekit.core.planning.PlanOptions;
import io.exchangekit.core.recipient.Secret;
import io.exchangekit.ports.spi.BackendConfig;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The connector's configuration file: a properties file with one section per target ({@code
 * premise.*}, {@code online.*}, {@code graph.*}), planning options ({@code options.*}) and the
 * queue ({@code rabbitmq.*}). A value {@code ${env:NAME}} is read from the environment, so secrets
 * need not be written in the file. Keys containing "password" or "secret" are secrets.
 */
record ConnectorConfig(
    Optional<BackendConfig> premise,
    Optional<String> premiseProvider,
    Optional<BackendConfig> online,
    Optional<String> onlineProvider,
    Optional<BackendConfig> graph,
    PlanOptions options,
    Optional<URI> rabbitmq,
    Optional<String> queue) {

  private static final Pattern ENV = Pattern.compile("\\$\\{env:([A-Za-z_][A-Za-z0-9_]*)}");

  static ConnectorConfig load(Path file, Function<String, String> environment) {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read --config " + file + ": " + e.getMessage(), e);
    }
    Map<String, String> all = new LinkedHashMap<>();
    for (String key : p.stringPropertyNames()) {
      all.put(key, expand(key, p.getProperty(key), environment));
    }
    for (String key : all.keySet()) {
      String section = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
      if (!Set.of("premise", "online", "graph", "options", "rabbitmq").contains(section)) {
        throw new IllegalArgumentException(
            "unknown configuration key '"
                + key
                + "'; keys start with premise., online., graph., options. or rabbitmq.");
      }
    }
    Optional<BackendConfig> premise = section(all, "premise");
    Optional<BackendConfig> online = section(all, "online");
    Optional<BackendConfig> graph = section(all, "graph");
    if (premise.isEmpty() && online.isEmpty()) {
      throw new IllegalArgumentException(
          "the configuration names no target: give premise.* (Exchange Server) or online.*"
              + " (Exchange Online, with graph.*)");
    }
    if (online.isPresent() != graph.isPresent()) {
      throw new IllegalArgumentException(
          "online.* (Exchange Online PowerShell) and graph.* (Microsoft Graph, for cloud users"
              + " and licences) go together");
    }
    PlanOptions options = PlanOptions.DEFAULT;
    options = options.withStrict(bool(all, "options.strict", false));
    options = options.withLockAdAccount(bool(all, "options.lockAdAccount", false));
    options =
        options.withRemoveUnlistedLicenses(bool(all, "options.removeUnlistedLicenses", false));
    if (all.containsKey("options.lockAttribute")) {
      String v = all.get("options.lockAttribute");
      try {
        options = options.withLockAttribute(Integer.parseInt(v.trim()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "options.lockAttribute must be a CustomAttribute number from 1 to 15 but was '"
                + v
                + "'");
      }
    }
    return new ConnectorConfig(
        premise,
        Optional.ofNullable(all.get("premise.provider")),
        online,
        Optional.ofNullable(all.get("online.provider")),
        graph,
        options,
        Optional.ofNullable(all.get("rabbitmq.uri")).map(URI::create),
        Optional.ofNullable(all.get("rabbitmq.queue")));
  }

  private static boolean bool(Map<String, String> all, String key, boolean otherwise) {
    String v = all.get(key);
    if (v == null) {
      return otherwise;
    }
    return switch (v.trim().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw new IllegalArgumentException(key + " must be true or false but was '" + v + "'");
    };
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

  private static Optional<BackendConfig> section(Map<String, String> all, String name) {
    Map<String, String> settings = new LinkedHashMap<>();
    Map<String, Secret> secrets = new LinkedHashMap<>();
    all.forEach(
        (k, v) -> {
          if (k.startsWith(name + ".") && !k.equals(name + ".provider")) {
            String key = k.substring(name.length() + 1);
            String lower = key.toLowerCase(Locale.ROOT);
            if (lower.contains("password") || lower.contains("secret")) {
              secrets.put(key, Secret.of(v));
            } else {
              settings.put(key, v);
            }
          }
        });
    return settings.isEmpty() && secrets.isEmpty()
        ? Optional.empty()
        : Optional.of(BackendConfig.of(settings, secrets));
  }
}
