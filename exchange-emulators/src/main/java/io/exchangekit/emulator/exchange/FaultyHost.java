package io.exchangekit.emulator.exchange;

import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.emulator.exchange.org.ExchangeCmdlets;
import io.exchangekit.emulator.exchange.org.ExchangeErrors;
import io.exchangekit.emulator.exchange.ps.CmdletHost;
import io.exchangekit.emulator.exchange.ps.CommandMetadata;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** One session's commands with counting and the fault plan applied around them. */
final class FaultyHost implements CmdletHost {

  /** Thrown to emulate a crashed PowerShell process in-process. */
  static final class Crash extends Error {
    private static final long serialVersionUID = 1L;

    Crash() {
      super("emulated PowerShell process crashed", null, false, false);
    }
  }

  private final ExchangeCmdlets delegate;
  private final FaultPlan plan;
  private final Counters counters;
  private final ExchangeVersion version;
  private final SessionRegistry openSessions;
  private final Runnable crash;
  private final Runnable beforeHang;
  private final String sessionId;
  private long remoteCalls;
  private boolean holdsSession;
  private boolean malformedPending;
  private int calls;

  FaultyHost(
      ExchangeCmdlets delegate,
      FaultPlan plan,
      Counters counters,
      SessionRegistry openSessions,
      Runnable crash,
      Runnable beforeHang,
      String sessionId) {
    this.delegate = delegate;
    this.sessionId = sessionId;
    this.plan = plan;
    this.counters = counters;
    this.version = delegate.version();
    this.openSessions = openSessions;
    this.crash = crash;
    this.beforeHang = beforeHang;
  }

  /** Marks this session as holding one of the organisation's sessions (connected at start). */
  void holdSession() {
    holdsSession = true;
    openSessions.acquire();
  }

  void releaseSession() {
    if (holdsSession) {
      holdsSession = false;
      openSessions.release();
    }
  }

  /** Checks the session limit and authentication, as a session open would. */
  void checkOpen(String cmdlet) {
    sleep(plan.sessionOpenLatency());
    if (plan.authenticationFailure()) {
      throw authFailure(cmdlet);
    }
    if (plan.maxSessions() > 0 && !holdsSession && openSessions.open() >= plan.maxSessions()) {
      throw version.isOnline()
          ? ExchangeErrors.sessionLimitExceeded(cmdlet, plan.maxSessions())
          : ExchangeErrors.shellLimitExceeded(cmdlet, "exchange1.contoso.com", plan.maxSessions());
    }
  }

  private CmdletException authFailure(String cmdlet) {
    return version.isOnline()
        ? ExchangeErrors.clientAssertionInvalid(cmdlet)
        : ExchangeErrors.remoteAccessDenied(cmdlet, "exchange1.contoso.com");
  }

  @Override
  public Optional<CommandMetadata> command(String name) {
    return delegate.command(name);
  }

  @Override
  public List<Object> invoke(Invocation inv) {
    String name = inv.command();
    counters.cmdletCalled(name);
    if (name.equals("New-PSSession") || name.equals("Connect-ExchangeOnline")) {
      checkOpen(name);
      List<Object> out = delegate.invoke(inv);
      if (!holdsSession) {
        holdSession();
      }
      counters.sessionOpened();
      return out;
    }
    if (name.equals("Remove-PSSession") || name.equals("Disconnect-ExchangeOnline")) {
      releaseSession();
      return delegate.invoke(inv);
    }
    sleep(plan.latencyOf(name));
    if (FaultPlan.hits(plan.crashOn(), name)) {
      crash.run();
    }
    if (FaultPlan.hits(plan.hangOn(), name)) {
      beforeHang.run();
      sleep(Duration.ofDays(1));
    }
    if (FaultPlan.hits(plan.malformedOn(), name)) {
      malformedPending = true;
    }
    calls++;
    if (plan.microDelayEvery() > 0 && calls % plan.microDelayEvery() == 0) {
      sleep(plan.microDelay());
      inv.warn(
          "Micro delay applied. Actual delayed: "
              + plan.microDelay().toMillis()
              + " msecs, Enforced");
    }
    return delegate.invoke(inv);
  }

  /** Counts one remote call answered (one input line, or a prompt that asks for the next). */
  void remoteCallAnswered() {
    remoteCalls++;
    counters.remoteCallAnswered(sessionId);
  }

  /** Remote calls this session answered. */
  long remoteCalls() {
    return remoteCalls;
  }

  /** The round trip of one remote call, charged once per answer whatever it ran. */
  void chargeCallLatency() {
    sleep(plan.callLatency());
  }

  /** Cuts the output in half when a malformed-output fault fired during the command. */
  String filterOutput(String out) {
    if (!malformedPending) {
      return out;
    }
    malformedPending = false;
    String trimmed = out.stripTrailing();
    return trimmed.substring(0, trimmed.length() / 2) + "\n";
  }

  private static void sleep(Duration d) {
    if (d.isZero() || d.isNegative()) {
      return;
    }
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Crash();
    }
  }
}
