package io.exchangekit.emulator.exchange;

import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.emulator.exchange.org.ExchangeCmdlets;
import io.exchangekit.emulator.exchange.org.HostPlatform;
import io.exchangekit.emulator.exchange.org.Organisation;
import io.exchangekit.emulator.exchange.ps.PowerShellHost;
import io.exchangekit.emulator.exchange.ps.PowerShellHost.Terminal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A strict emulated Exchange organisation (2010 … SE, or Online) with a PowerShell front end.
 *
 * <pre>{@code
 * ExchangeEmulator emulator = ExchangeEmulator.forVersion(EXCHANGE_2016).withDemoOrganisation();
 * try (EmulatorSession session = emulator.newSession()) {
 *   ScriptResult r = session.run("Get-Mailbox -Identity 'alice'");
 * }
 * }</pre>
 *
 * The process form ({@link io.exchangekit.emulator.exchange.ps.EmulatedPowerShell}, started through
 * {@link EmulatorLauncher}) runs the same code behind jPowerShell.
 */
public final class ExchangeEmulator {
  private final ExchangeVersion version;
  private Organisation organisation = Organisation.empty();
  private FaultPlan faults = FaultPlan.none();
  private Duration runTimeout = Duration.ofSeconds(10);
  private Clock clock;
  private Duration provisioningDelay;
  private HostPlatform hostPlatform = HostPlatform.WINDOWS;
  private final Counters counters = new Counters();
  private final List<String> transcript = Collections.synchronizedList(new ArrayList<>());
  private SessionRegistry openSessions = SessionRegistry.inProcess();
  private final java.util.concurrent.atomic.AtomicInteger sessionNumbers =
      new java.util.concurrent.atomic.AtomicInteger();

  private ExchangeEmulator(ExchangeVersion version) {
    this.version = Objects.requireNonNull(version, "'version' must not be null");
  }

  /** An emulator of {@code version} with an empty organisation. */
  public static ExchangeEmulator forVersion(ExchangeVersion version) {
    return new ExchangeEmulator(version);
  }

  /** Uses a fresh copy of the shipped demo organisation. */
  public ExchangeEmulator withDemoOrganisation() {
    return withOrganisation(Organisation.demo());
  }

  public ExchangeEmulator withOrganisation(Organisation organisation) {
    this.organisation = Objects.requireNonNull(organisation, "'organisation' must not be null");
    if (clock != null) {
      organisation.setClock(clock);
    }
    if (provisioningDelay != null) {
      organisation.setMailboxProvisioningDelay(provisioningDelay);
    }
    return this;
  }

  public ExchangeEmulator withFaults(FaultPlan faults) {
    this.faults = Objects.requireNonNull(faults, "'faults' must not be null");
    return this;
  }

  /** Online: how long after an Exchange licence the mailbox appears. */
  public ExchangeEmulator withMailboxProvisioningDelay(Duration delay) {
    this.provisioningDelay = Objects.requireNonNull(delay, "'delay' must not be null");
    organisation.setMailboxProvisioningDelay(delay);
    return this;
  }

  public ExchangeEmulator withClock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
    organisation.setClock(clock);
    return this;
  }

  /**
   * The operating system of the emulated PowerShell host (default Windows): on Linux, {@code
   * New-PSSession -ConnectionUri} fails as PowerShell 7 there does, without a WSMan client.
   */
  public ExchangeEmulator withHostPlatform(HostPlatform host) {
    this.hostPlatform = Objects.requireNonNull(host, "'host' must not be null");
    return this;
  }

  public HostPlatform hostPlatform() {
    return hostPlatform;
  }

  /** How long an in-process {@link EmulatorSession#run} waits before reporting a timeout. */
  public ExchangeEmulator withRunTimeout(Duration timeout) {
    this.runTimeout = Objects.requireNonNull(timeout, "'timeout' must not be null");
    return this;
  }

  public ExchangeVersion version() {
    return version;
  }

  public Organisation organisation() {
    return organisation;
  }

  public Counters counters() {
    return counters;
  }

  /** Every input line any session received, secrets masked. */
  public List<String> transcript() {
    synchronized (transcript) {
      return List.copyOf(transcript);
    }
  }

  /** See {@link Organisation#licenceChanged}. */
  public void licenceChanged(
      String userPrincipalName, String displayName, boolean hasExchangePlan) {
    organisation.licenceChanged(userPrincipalName, displayName, hasExchangePlan);
  }

  /**
   * A session whose Exchange cmdlets are already imported (as after New-PSSession and
   * Import-PSSession, or Connect-ExchangeOnline); counts as a session opened.
   */
  public EmulatorSession newSession() {
    return open(true);
  }

  /** A bare session: Exchange cmdlets appear only after the session set-up commands. */
  public EmulatorSession newDisconnectedSession() {
    return open(false);
  }

  private EmulatorSession open(boolean connected) {
    FaultyHost host =
        new FaultyHost(
            new ExchangeCmdlets(organisation, version, hostPlatform, connected),
            faults,
            counters,
            openSessions,
            () -> {
              throw new FaultyHost.Crash();
            },
            () -> {},
            "in-process-" + sessionNumbers.incrementAndGet());
    if (connected) {
      host.checkOpen(version.isOnline() ? "Connect-ExchangeOnline" : "New-PSSession");
      host.holdSession();
      counters.sessionOpened();
    }
    return new EmulatorSession(host, terminal -> powerShell(host, terminal, true), runTimeout);
  }

  PowerShellHost powerShell(FaultyHost host, Terminal terminal, boolean ensureOutput) {
    return new PowerShellHost(
        host,
        terminal,
        version.isOnline() ? null : organisation.exchangeServer(),
        ensureOutput,
        host::filterOutput,
        line -> {
          counters.lineReceived();
          transcript.add(line);
        });
  }

  FaultyHost host(boolean connected, Runnable crash, Runnable beforeHang) {
    return new FaultyHost(
        new ExchangeCmdlets(organisation, version, hostPlatform, connected),
        faults,
        counters,
        openSessions,
        crash,
        beforeHang,
        "pid-" + ProcessHandle.current().pid());
  }

  /** Shares the session count with other processes through marker files in {@code dir}. */
  void shareSessionsThrough(java.nio.file.Path dir) {
    this.openSessions = SessionRegistry.directory(dir);
  }

  FaultPlan faults() {
    return faults;
  }
}
