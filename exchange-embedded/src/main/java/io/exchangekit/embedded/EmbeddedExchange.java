package io.exchangekit.embedded;

import io.exchangekit.core.error.ExchangeConnectorException;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.planning.PlanOptions;
import io.exchangekit.emulator.exchange.ExchangeEmulator;
import io.exchangekit.emulator.exchange.FaultPlan;
import io.exchangekit.emulator.exchange.org.Organisation;
import io.exchangekit.emulator.graph.GraphEmulator;
import io.exchangekit.ports.service.ExchangeUseCases;
import io.exchangekit.ports.spi.ExchangeBackend;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * ExchangeKit's real adapters wired to the in-process emulators: an Exchange Server organisation of
 * the chosen version and Exchange Online sharing one organisation, and the loopback Graph emulator
 * (HTTPS, real token acquisition) for the tenant. Every scope works against it: hybrid scope
 * manages remote mailboxes on the emulated server, and their users reach the tenant after the
 * directory synchronisation delay. The PowerShell adapters run their scripts in the emulator's
 * in-process PowerShell host; nothing leaves the machine.
 *
 * <p>For trials and for the tests of applications that embed ExchangeKit:
 *
 * <pre>{@code
 * try (EmbeddedExchange exchange = EmbeddedExchange.builder().version(ExchangeVersion.EXCHANGE_2016).start()) {
 *   ExchangeUseCases useCases = exchange.useCases();
 *   ...
 * }
 * }</pre>
 */
public final class EmbeddedExchange implements AutoCloseable {
  private final ExchangeUseCases useCases;
  private final EmulatedWorld world;
  private final ExchangeVersion version;
  private final List<AutoCloseable> resources = new ArrayList<>();
  private final int sessions;
  private boolean closed;

  private EmbeddedExchange(Builder b) {
    Organisation organisation = b.organisation;
    Optional<String> tenantState = Optional.empty();
    if (b.stateFile != null) {
      EmulatorState state = EmulatorState.read(b.stateFile);
      organisation = state.organisation();
      tenantState = state.tenant();
    }
    sessions = b.sessions;
    version = b.version;
    world = new EmulatedWorld(organisation, tenantState, b.faults, b.mailboxDelay, b.syncDelay);
    resources.add(world);
    try {
      ExchangeBackend premiseBackend = world.premiseBackend(version, sessions);
      resources.add(premiseBackend);
      ExchangeBackend onlineBackend = world.onlineBackend(sessions);
      resources.add(onlineBackend);
      if (b.saveFile != null) {
        Path file = b.saveFile;
        resources.add(0, () -> EmulatorState.write(file, world.organisation(), world.graph()));
      }
      // hybrid scope routes remote mailboxes to the emulated tenant unless told otherwise
      PlanOptions options =
          b.options.remoteRoutingDomain().isPresent()
              ? b.options
              : b.options.withRemoteRoutingDomain(
                  world.graph().tenantName() + PlanOptions.ROUTING_DOMAIN_SUFFIX);
      useCases =
          ExchangeUseCases.builder()
              .options(options)
              .premise(premiseBackend)
              .online(onlineBackend, world.directory())
              .build();
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /** A builder: Exchange Server 2019, the demo organisation, no faults, two sessions per pool. */
  public static Builder builder() {
    return new Builder();
  }

  /** The builder's defaults, started. */
  public static EmbeddedExchange start() {
    return builder().start();
  }

  /** The use cases over the emulated on-premises server, Exchange Online and Graph. */
  public ExchangeUseCases useCases() {
    return useCases;
  }

  /** The session pool size of each PowerShell backend. */
  public int sessions() {
    return sessions;
  }

  /** The emulated Exchange Server, e.g. to look at its organisation or transcript. */
  public ExchangeEmulator premise() {
    return world.premise(version);
  }

  /** The emulated Exchange Online (same organisation as {@link #premise()}). */
  public ExchangeEmulator online() {
    return world.online();
  }

  /** The Graph emulator for the tenant. */
  public GraphEmulator graph() {
    return world.graph();
  }

  /**
   * Closes the backends and the Graph emulator in reverse order of opening, once, after writing the
   * state file if one was asked for. Every resource is closed even if one fails; the first failure
   * is rethrown.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    RuntimeException first = null;
    for (int i = resources.size() - 1; i >= 0; i--) {
      try {
        resources.get(i).close();
      } catch (Exception e) {
        if (first == null) {
          first =
              e instanceof RuntimeException r
                  ? r
                  : new ExchangeConnectorException(
                      "closing the embedded emulators failed: " + e.getMessage(), e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }

  /** What to emulate. */
  public static final class Builder {
    private ExchangeVersion version = ExchangeVersion.EXCHANGE_2019;
    private Organisation organisation = Organisation.demo();
    private FaultPlan faults = FaultPlan.none();
    private Duration mailboxDelay = Duration.ZERO;
    private Duration syncDelay = EmulatedWorld.DEFAULT_SYNC_DELAY;
    private int sessions = 2;
    private PlanOptions options = PlanOptions.DEFAULT;
    private Path stateFile;
    private Path saveFile;

    private Builder() {}

    /** The on-premises Exchange Server version (not {@link ExchangeVersion#ONLINE}). */
    public Builder version(ExchangeVersion version) {
      Objects.requireNonNull(version, "version");
      if (version == ExchangeVersion.ONLINE) {
        throw new IllegalArgumentException(
            "version is the on-premises Exchange Server version (2010, 2013, 2016, 2019 or SE);"
                + " Exchange Online is always emulated beside it");
      }
      this.version = version;
      return this;
    }

    /** The organisation both Exchange emulators share (default: the demo organisation). */
    public Builder organisation(Organisation organisation) {
      this.organisation = Objects.requireNonNull(organisation, "organisation");
      return this;
    }

    /** Loads the organisation and the tenant from a state file written by {@link #saveTo}. */
    public Builder stateFrom(Path file) {
      this.stateFile = Objects.requireNonNull(file, "file");
      return this;
    }

    /** Writes the organisation and the tenant to {@code file} when closed. */
    public Builder saveTo(Path file) {
      this.saveFile = Objects.requireNonNull(file, "file");
      return this;
    }

    /** Faults both Exchange emulators inject (latency, throttling, broken sessions…). */
    public Builder faults(FaultPlan faults) {
      this.faults = Objects.requireNonNull(faults, "faults");
      return this;
    }

    /** How long an Exchange Online mailbox takes to appear after its licence. */
    public Builder mailboxProvisioningDelay(Duration delay) {
      Objects.requireNonNull(delay, "delay");
      if (delay.isNegative()) {
        throw new IllegalArgumentException("mailboxProvisioningDelay must not be negative");
      }
      this.mailboxDelay = delay;
      return this;
    }

    /**
     * How long after its remote mailbox is enabled an AD user reaches the tenant (hybrid scope's
     * Entra Connect cycle; default 500 ms).
     */
    public Builder directorySyncDelay(Duration delay) {
      Objects.requireNonNull(delay, "delay");
      if (delay.isNegative()) {
        throw new IllegalArgumentException("directorySyncDelay must not be negative");
      }
      this.syncDelay = delay;
      return this;
    }

    /** Sessions per PowerShell backend (1 to 16). */
    public Builder sessions(int sessions) {
      if (sessions < 1 || sessions > 16) {
        throw new IllegalArgumentException("sessions must be 1 to 16 but was " + sessions);
      }
      this.sessions = sessions;
      return this;
    }

    /** The planning options of the use cases. */
    public Builder options(PlanOptions options) {
      this.options = Objects.requireNonNull(options, "options");
      return this;
    }

    /** Starts the emulators and wires the adapters to them. */
    public EmbeddedExchange start() {
      return new EmbeddedExchange(this);
    }
  }
}
