package io.exchangekit.ports.config;

import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.planning.PlanOptions;
import io.exchangekit.ports.out.directory.CloudDirectoryPort;
import io.exchangekit.ports.service.ExchangeUseCases;
import io.exchangekit.ports.spi.BackendConfig;
import io.exchangekit.ports.spi.ExchangeBackend;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.SortedSet;
import java.util.function.Function;

/**
 * ExchangeKit configured and opened: the use cases over the backends a configuration names, the
 * deployment's default connector mode, and how many requests it serves at once. Close it to release
 * the backends' sessions.
 *
 * <p>The configuration has the keys of {@code docs/connector-configuration.md}: {@code premise.*}
 * (Exchange Server), {@code online.*} (Exchange Online) with {@code graph.*} (Microsoft Graph), and
 * {@code options.*} (planning and the default mode). Each backend section's keys are the ones its
 * provider declares ({@link io.exchangekit.ports.spi.ExchangeBackendProvider#settingKeys()}), plus
 * {@code provider} to choose between several; a key nobody declares is refused with the nearest
 * known key. A value {@code ${env:NAME}} is read from the given environment. Keys whose name
 * contains {@code password} or {@code secret} are secrets: their values never appear in messages.
 *
 * <pre>{@code
 * try (ExchangeKit kit = ExchangeKit.fromFile(Path.of("exchangekit.properties"), System::getenv)) {
 *   Outcome outcome = kit.useCases().lockMailbox().lock(
 *       new MailboxCommand(RecipientIdentity.of("jdoe@contoso.com"), kit.defaultMode(), false));
 * }
 * }</pre>
 *
 * <p>The library never reads the process environment by itself: pass {@code System::getenv}, or a
 * map's {@code get} in tests.
 */
public final class ExchangeKit implements AutoCloseable {
  private final ExchangeUseCases useCases;
  private final PlanOptions options;
  private final int poolSize;
  private final List<ExchangeBackend> backends;
  private final Map<String, BackendConfig> sections;
  private boolean closed;

  private ExchangeKit(
      ExchangeUseCases useCases,
      PlanOptions options,
      int poolSize,
      List<ExchangeBackend> backends,
      Map<String, BackendConfig> sections) {
    this.useCases = useCases;
    this.options = options;
    this.poolSize = poolSize;
    this.backends = List.copyOf(backends);
    this.sections = sections;
  }

  /**
   * Opens ExchangeKit as configured by properties.
   *
   * @param properties the keys and values; never null
   * @param environment resolves {@code ${env:NAME}}, e.g. {@code System::getenv}; never null
   * @return never null
   * @throws IllegalArgumentException naming a key that is unknown, missing or invalid
   * @throws IllegalStateException when a backend provider is missing or ambiguous
   */
  public static ExchangeKit fromProperties(
      Properties properties, Function<String, String> environment) {
    return builder().properties(properties).environment(environment).open();
  }

  /**
   * Opens ExchangeKit as configured by a properties file (UTF-8).
   *
   * @param file never null
   * @param environment resolves {@code ${env:NAME}}, e.g. {@code System::getenv}; never null
   * @return never null
   * @throws IllegalArgumentException when the file cannot be read, or naming a key that is unknown,
   *     missing or invalid
   * @throws IllegalStateException when a backend provider is missing or ambiguous
   */
  public static ExchangeKit fromFile(Path file, Function<String, String> environment) {
    return builder().file(file).environment(environment).open();
  }

  /** A builder over the same keys, without any. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The use cases.
   *
   * @return never null
   */
  public ExchangeUseCases useCases() {
    return useCases;
  }

  /**
   * The connector mode for requests that name none: {@code options.connectorScope} and {@code
   * options.newUserBehavior} when given, else premise + enable when {@code premise.*} is
   * configured, else online + enable.
   *
   * @return never null
   */
  public ConnectorMode defaultMode() {
    return useCases.defaultMode();
  }

  /**
   * The planning options of {@code options.*} the use cases plan with.
   *
   * @return never null
   */
  public PlanOptions options() {
    return options;
  }

  /**
   * How many requests the backends serve at once: the largest session pool.
   *
   * @return at least 1
   */
  public int poolSize() {
    return poolSize;
  }

  /**
   * The values of a section the caller declared with {@link Builder#section}, secrets apart.
   *
   * @param name the section's name, e.g. {@code rabbitmq}
   * @return never null; empty when the configuration has none of its keys
   * @throws IllegalArgumentException when the section was not declared
   */
  public BackendConfig section(String name) {
    BackendConfig s = sections.get(name.toLowerCase(Locale.ROOT));
    if (s == null) {
      throw new IllegalArgumentException(
          "section '" + name + "' was not declared; declared: " + sections.keySet());
    }
    return s;
  }

  /**
   * Closes the backends in reverse order of opening, once; when one fails the rest still close and
   * the first failure is thrown with the others suppressed.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    RuntimeException failure = null;
    for (int i = backends.size() - 1; i >= 0; i--) {
      try {
        backends.get(i).close();
      } catch (RuntimeException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  /**
   * Collects keys and values (from properties, a file or one by one), the environment, the class
   * loader to find providers with, and the caller's own sections; {@link #open()} checks and opens.
   */
  public static final class Builder {
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, Set<String>> sections = new LinkedHashMap<>();
    private Function<String, String> environment = name -> null;
    private ClassLoader loader = ExchangeKit.class.getClassLoader();

    private Builder() {}

    /** Adds every key of the properties; a key given again replaces the earlier value. */
    public Builder properties(Properties properties) {
      Objects.requireNonNull(properties, "'properties' must not be null");
      for (String key : properties.stringPropertyNames()) {
        values.put(key, properties.getProperty(key));
      }
      return this;
    }

    /**
     * Adds every key of a properties file (UTF-8).
     *
     * @throws IllegalArgumentException when the file cannot be read
     */
    public Builder file(Path file) {
      Objects.requireNonNull(file, "'file' must not be null");
      Properties p = new Properties();
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        p.load(r);
      } catch (IOException | RuntimeException e) {
        throw new IllegalArgumentException(
            "cannot read the configuration file " + file + ": " + e.getMessage(), e);
      }
      return properties(p);
    }

    /**
     * Sets one key, e.g. {@code set("premise.server", "ex01.contoso.com")}.
     *
     * @param key a key of {@code docs/connector-configuration.md}; never null
     * @param value never null; may be {@code ${env:NAME}}
     */
    public Builder set(String key, String value) {
      values.put(
          Objects.requireNonNull(key, "'key' must not be null"),
          Objects.requireNonNull(value, "'value' must not be null"));
      return this;
    }

    /** Sets the planning options {@code options.strict} … {@code options.lockAttribute}. */
    public Builder options(PlanOptions options) {
      Objects.requireNonNull(options, "'options' must not be null");
      set("options.strict", String.valueOf(options.strict()));
      set("options.lockAdAccount", String.valueOf(options.lockAdAccount()));
      set("options.removeUnlistedLicenses", String.valueOf(options.removeUnlistedLicenses()));
      options.lockAttribute().ifPresent(n -> set("options.lockAttribute", String.valueOf(n)));
      return this;
    }

    /** Sets the default mode: {@code options.connectorScope} and {@code newUserBehavior}. */
    public Builder defaultMode(ConnectorMode mode) {
      Objects.requireNonNull(mode, "'mode' must not be null");
      set("options.connectorScope", mode.scope().settingValue());
      set("options.newUserBehavior", mode.behavior().settingValue());
      return this;
    }

    /** Resolves {@code ${env:NAME}}; by default every variable is unset. */
    public Builder environment(Function<String, String> environment) {
      this.environment = Objects.requireNonNull(environment, "'environment' must not be null");
      return this;
    }

    /** The class loader to find providers with; by default the one that loaded ExchangeKit. */
    public Builder classLoader(ClassLoader loader) {
      this.loader = Objects.requireNonNull(loader, "'loader' must not be null");
      return this;
    }

    /**
     * Declares a section the caller reads itself (e.g. the connector's {@code rabbitmq} with {@code
     * uri} and {@code queue}): its keys are accepted and handed back by {@link
     * ExchangeKit#section}, any other key of it is refused like every unknown key.
     *
     * @param name the prefix without the dot; not one of premise, online, graph, options
     * @param keys the section's keys without the prefix
     */
    public Builder section(String name, Set<String> keys) {
      Objects.requireNonNull(name, "'name' must not be null");
      String lower = name.toLowerCase(Locale.ROOT);
      if (Set.of(
              Configuration.PREMISE,
              Configuration.ONLINE,
              Configuration.GRAPH,
              Configuration.OPTIONS)
          .contains(lower)) {
        throw new IllegalArgumentException("section '" + name + "' is ExchangeKit's own");
      }
      if (!lower.matches("[a-z][a-z0-9-]*")) {
        throw new IllegalArgumentException(
            "a section name must be letters, digits and '-' but was '" + name + "'");
      }
      sections.put(lower, Set.copyOf(keys));
      return this;
    }

    /**
     * Every key {@link #open()} would accept with the providers the class loader finds and the
     * declared sections, sorted.
     *
     * @return never null
     */
    public SortedSet<String> knownKeys() {
      return java.util.Collections.unmodifiableSortedSet(
          Configuration.knownKeys(
              loader, sections, Optional.empty(), Optional.empty(), Optional.empty()));
    }

    /**
     * Checks every key, then creates the backends (sessions open on first use).
     *
     * @return never null
     * @throws IllegalArgumentException naming a key that is unknown, missing or invalid
     * @throws IllegalStateException when a backend provider is missing or ambiguous
     */
    public ExchangeKit open() {
      Configuration c = Configuration.read(values, environment, loader, sections);
      List<ExchangeBackend> opened = new ArrayList<>();
      try {
        ExchangeUseCases.Builder uc =
            ExchangeUseCases.builder().options(c.options()).defaultMode(c.defaultMode());
        int pool = 1;
        if (c.premise().isPresent()) {
          var s = c.premise().get();
          pool = Math.max(pool, inSection("premise", () -> s.provider().concurrency(s.settings())));
          ExchangeBackend b = inSection("premise", () -> s.provider().create(s.settings()));
          opened.add(b);
          uc.premise(b);
        }
        if (c.online().isPresent()) {
          var s = c.online().get();
          var g = c.graph().orElseThrow();
          pool = Math.max(pool, inSection("online", () -> s.provider().concurrency(s.settings())));
          ExchangeBackend b = inSection("online", () -> s.provider().create(s.settings()));
          opened.add(b);
          CloudDirectoryPort directory =
              inSection("graph", () -> g.provider().create(g.settings()));
          uc.online(b, directory);
        } else if (c.graph().isPresent()) {
          // hybrid: the on-premises server manages remote mailboxes, Graph the licences
          var g = c.graph().get();
          uc.cloudDirectory(inSection("graph", () -> g.provider().create(g.settings())));
        }
        return new ExchangeKit(uc.build(), c.options(), pool, opened, c.extraSections());
      } catch (RuntimeException e) {
        for (int i = opened.size() - 1; i >= 0; i--) {
          try {
            opened.get(i).close();
          } catch (RuntimeException suppressed) {
            e.addSuppressed(suppressed);
          }
        }
        throw e;
      }
    }

    /** Runs a provider call, prefixing the section to a setting it refuses. */
    private static <T> T inSection(String section, java.util.function.Supplier<T> call) {
      try {
        return call.get();
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(section + ".*: " + e.getMessage(), e);
      }
    }
  }
}
