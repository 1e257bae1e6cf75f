package io.exchangekit.adapter.powershell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.core.error.AuthenticationFailedException;
import io.exchangekit.core.error.BrokenSessionException;
import io.exchangekit.core.error.OperationTimeoutException;
import io.exchangekit.core.error.ThrottledException;
import io.exchangekit.core.error.UnknownObjectException;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.plan.ExchangeCommand;
import io.exchangekit.core.plan.ExchangePlan;
import io.exchangekit.core.plan.Step;
import io.exchangekit.core.recipient.RecipientIdentity;
import io.exchangekit.core.recipient.Secret;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class SessionPoolTest {
  private static final ConnectionRecipe RECIPE =
      new ConnectionRecipe(
          "$r='CONNECT'", List.of(), "$r='BYE'", t -> ExchangeVersion.EXCHANGE_2016, "fake");

  private final List<FakePowerShell> started = new CopyOnWriteArrayList<>();

  private PowerShellBackend backend(int sessions, Supplier<FakePowerShell> processes) {
    return PowerShellBackend.open(
        InProcessPowerShell.options(sessions),
        RECIPE,
        () -> {
          FakePowerShell p = processes.get();
          started.add(p);
          return p;
        });
  }

  private PowerShellBackend answering(
      int sessions, BiFunction<String, String, PsProcess.Output> other) {
    return backend(sessions, () -> FakePowerShell.connectingThen(other));
  }

  private static ExchangePlan plan(String... cmdlets) {
    List<ExchangeCommand> commands = new ArrayList<>();
    for (String c : cmdlets) {
      commands.add(ExchangeCommand.of(c, "step " + c).text("Identity", "alice").build());
    }
    return new ExchangePlan(commands);
  }

  @Test
  void givenNewPool_nothingRuns_noSessionIsOpened() {
    try (PowerShellBackend b = answering(2, (l, n) -> FakePowerShell.ok(n, "{}"))) {
      assertEquals(0, b.figures().opened());
    }
    assertTrue(started.isEmpty());
  }

  @Test
  void givenSequentialOperations_run_reuseOneSession() {
    try (PowerShellBackend b = answering(4, (l, n) -> FakePowerShell.ok(n, "{\"r0\":[]}"))) {
      for (int i = 0; i < 10; i++) {
        b.backend().commands().run(plan("Set-Mailbox"));
      }
      assertEquals(1, b.figures().opened());
      assertEquals(9, b.figures().reused());
    }
    assertTrue(started.get(0).lines.get(started.get(0).lines.size() - 1).contains("BYE"));
    assertTrue(started.get(0).closed);
  }

  @Test
  void givenManyConcurrentCallers_run_neverOpensMoreThanTheBoundNorSharesASession()
      throws Exception {
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger maxInside = new AtomicInteger();
    try (PowerShellBackend b =
        answering(
            2,
            (l, n) -> {
              int now = inside.incrementAndGet();
              maxInside.accumulateAndGet(now, Math::max);
              try {
                Thread.sleep(20);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              inside.decrementAndGet();
              return FakePowerShell.ok(n, "{\"r0\":[]}");
            })) {
      ExecutorService pool = Executors.newFixedThreadPool(6);
      List<Future<?>> all = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        all.add(pool.submit(() -> b.backend().commands().run(plan("Set-Mailbox"))));
      }
      for (Future<?> f : all) {
        f.get(30, TimeUnit.SECONDS);
      }
      pool.shutdown();
      assertTrue(b.figures().opened() <= 2, b.figures().toString());
      assertTrue(maxInside.get() <= 2);
    }
  }

  @Test
  void givenOneSession_twoCallersAtOnce_theSecondIsRefusedNotInterleaved() throws Exception {
    CountDownLatch inCall = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    FakePowerShell p =
        new FakePowerShell(
            (l, n) -> {
              inCall.countDown();
              try {
                release.await(5, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return FakePowerShell.ok(n, "1");
            });
    PsSession s = new PsSession(p, java.time.Clock.systemUTC());
    Thread t = new Thread(() -> s.call(Script.of("$r=1", "one"), Duration.ofSeconds(5)));
    t.start();
    inCall.await(5, TimeUnit.SECONDS);
    assertThrows(
        IllegalStateException.class, () -> s.call(Script.of("$r=2", "two"), Duration.ofSeconds(5)));
    release.countDown();
    t.join();
    assertEquals(1, p.lines.size());
  }

  @Test
  void givenHungSession_run_timesOutKillsTheProcessAndTheNextCallUsesAFreshSession() {
    AtomicInteger calls = new AtomicInteger();
    try (PowerShellBackend b =
        answering(
            1,
            (l, n) ->
                calls.incrementAndGet() == 1
                    ? new PsProcess.Output(PsProcess.Status.TIMED_OUT, "")
                    : FakePowerShell.ok(n, "{\"r0\":[]}"))) {
      OperationTimeoutException e =
          assertThrows(
              OperationTimeoutException.class,
              () -> b.backend().commands().run(plan("Set-Mailbox")));
      assertTrue(e.getMessage().contains("outcome is unknown"));
      assertTrue(started.get(0).killed);
      b.backend().commands().run(plan("Set-Mailbox"));
      assertEquals(2, b.figures().opened());
      assertEquals(1, b.figures().discarded());
    }
  }

  @Test
  void givenForeignNonceOrGarbage_run_poisonsTheSession() {
    AtomicInteger calls = new AtomicInteger();
    try (PowerShellBackend b =
        answering(
            1,
            (l, n) ->
                switch (calls.incrementAndGet()) {
                  case 1 -> FakePowerShell.ok("0000000000000000", "{\"r0\":[]}");
                  case 2 -> new PsProcess.Output(PsProcess.Status.ANSWERED, "{\"n\":\"" + n);
                  default -> FakePowerShell.ok(n, "{\"r0\":[]}");
                })) {
      assertThrows(
          BrokenSessionException.class, () -> b.backend().commands().run(plan("Set-Mailbox")));
      assertThrows(
          BrokenSessionException.class, () -> b.backend().commands().run(plan("Set-Mailbox")));
      b.backend().commands().run(plan("Set-Mailbox"));
      assertEquals(3, b.figures().opened());
      assertTrue(started.get(0).killed && started.get(1).killed);
    }
  }

  @Test
  void givenProcessDeadBeforeTheCall_run_isRetriedTransparentlyOnAFreshSession() {
    try (PowerShellBackend b = answering(1, (l, n) -> FakePowerShell.ok(n, "{\"r0\":[]}"))) {
      b.backend().commands().run(plan("Set-Mailbox"));
      started.get(0).alive = false; // died while idle
      List<Step.Exchange> r = b.backend().commands().run(plan("Set-Mailbox"));
      assertEquals(1, r.size());
      assertEquals(2, b.figures().opened());
      assertEquals(0, b.figures().retried()); // found dead when leased, not retried
    }
  }

  @Test
  void givenCrashDuringAPlan_run_failsWithoutRetryButAReadIsRetriedOnce() {
    AtomicInteger calls = new AtomicInteger();
    try (PowerShellBackend b =
        answering(
            1,
            (l, n) ->
                calls.incrementAndGet() <= 2
                    ? new PsProcess.Output(PsProcess.Status.DIED, "")
                    : FakePowerShell.ok(n, "[]"))) {
      BrokenSessionException e =
          assertThrows(
              BrokenSessionException.class, () -> b.backend().commands().run(plan("Set-Mailbox")));
      assertTrue(e.isRetryable());
      assertEquals(1, calls.get());
      // Get-User: the first attempt dies, the retry answers "no user"
      assertFalse(b.backend().state().loadMailbox(RecipientIdentity.of("alice")).userExists());
      assertEquals(1, b.figures().retried());
    }
  }

  @Test
  void givenConnectRefused_firstCall_failsWithAuthenticationErrorAndNothingLeaks() {
    Secret pw = Secret.of("Sup3r$ecret'pw");
    ConnectionRecipe recipe =
        new ConnectionRecipe(
            "$x=" + PowerShellText.secureString(pw) + ";$r='CONNECT'",
            List.of(pw),
            "",
            t -> ExchangeVersion.ONLINE,
            "fake");
    FakePowerShell p =
        new FakePowerShell(
            (l, n) ->
                FakePowerShell.failed(
                    n, 0, "PSRemotingTransportException", "Access is denied for Sup3r$ecret''pw"));
    try (PowerShellBackend b =
        PowerShellBackend.open(InProcessPowerShell.options(1), recipe, () -> p)) {
      AuthenticationFailedException e =
          assertThrows(AuthenticationFailedException.class, () -> b.backend().commands().version());
      assertFalse(e.getMessage().contains("Sup3r"), e.getMessage());
      assertTrue(p.killed);
    }
  }

  @Test
  void givenThrottledStep_run_backsOffAndResumesFromThatStepOnly() {
    AtomicInteger calls = new AtomicInteger();
    try (PowerShellBackend b =
        answering(
            1,
            (l, n) -> {
              if (calls.incrementAndGet() == 1) {
                return FakePowerShell.failed(
                    n, 1, "", "Micro delay applied. Actual delayed: 20 msecs, Enforced");
              }
              return FakePowerShell.ok(n, "{\"r0\":[{\"Name\":\"x\"}],\"r1\":[]}");
            })) {
      List<Step.Exchange> r =
          b.backend().commands().run(plan("Set-User", "Set-Mailbox", "Set-CASMailbox"));
      assertEquals(3, r.size());
      String second = started.get(0).lines.get(2);
      assertFalse(second.contains("Set-User"));
      assertTrue(second.contains("Set-Mailbox") && second.contains("Set-CASMailbox"));
    }
  }

  @Test
  void givenThrottlingThatPersists_run_endsInThrottledExceptionWithTheCompletedSteps() {
    try (PowerShellBackend b =
        answering(
            1,
            (l, n) ->
                l.contains("Set-User")
                    ? FakePowerShell.failed(n, 1, "", "The server is busy; throttling")
                    : FakePowerShell.failed(n, 0, "", "The server is busy; throttling"))) {
      ThrottledException e =
          assertThrows(
              ThrottledException.class,
              () -> b.backend().commands().run(plan("Set-User", "Set-Mailbox")));
      assertEquals(List.of("step Set-User: Set-User"), e.completedSteps());
      assertTrue(e.retryAfter().isPresent());
    }
  }

  @Test
  void givenFailingSecondCommand_run_reportsTheFirstAsCompleted() {
    try (PowerShellBackend b =
        answering(
            1,
            (l, n) ->
                FakePowerShell.failed(
                    n,
                    1,
                    "ManagementObjectNotFoundException",
                    "The operation couldn't be performed because object 'x' couldn't be found on"
                        + " 'DC01'."))) {
      UnknownObjectException e =
          assertThrows(
              UnknownObjectException.class,
              () -> b.backend().commands().run(plan("Set-User", "Add-DistributionGroupMember")));
      assertEquals(List.of("step Set-User: Set-User"), e.completedSteps());
      assertTrue(e.getMessage().contains("Active Directory"), e.getMessage());
    }
  }

  @Test
  void givenRemoteSessionBroken_runAndRead_resumeOnAFreshSession() {
    AtomicInteger calls = new AtomicInteger();
    String broken =
        "The request for the Windows Remote Shell with ShellId X failed because the shell was not"
            + " found on the server.";
    try (PowerShellBackend b =
        answering(
            2,
            (l, n) -> {
              int c = calls.incrementAndGet();
              if (c == 1) {
                return FakePowerShell.failed(n, 1, "", broken);
              }
              if (c == 3) {
                return FakePowerShell.failed(n, 0, "", broken);
              }
              return l.contains("Get-User")
                  ? FakePowerShell.ok(n, "[]")
                  : FakePowerShell.ok(n, "{\"r0\":[]}");
            })) {
      List<Step.Exchange> r = b.backend().commands().run(plan("Set-User", "Set-Mailbox"));
      assertEquals(2, r.size());
      String resumed = started.get(1).lines.get(1);
      assertFalse(resumed.contains("Set-User"));
      assertTrue(started.get(0).killed);
      assertFalse(b.backend().state().loadMailbox(RecipientIdentity.of("a")).userExists());
      assertEquals(1, b.figures().retried());
      assertEquals(3, b.figures().opened());
    }
  }

  @Test
  void givenIdleAndOldSessions_pool_closesThemAndOpensAFreshOne() {
    var clock = new MutableClock();
    List<FakePowerShell> processes = new ArrayList<>();
    SessionPool pool =
        new SessionPool(
            () -> {
              FakePowerShell p = new FakePowerShell((l, n) -> FakePowerShell.ok(n, "1"));
              processes.add(p);
              return new PsSession(p, clock);
            },
            2,
            Duration.ofMinutes(1),
            Duration.ofMinutes(10),
            Duration.ofSeconds(1),
            Duration.ofSeconds(1));
    pool.use(s -> s.call(Script.of("$r=1", "x"), Duration.ofSeconds(1)), true);
    clock.advance(Duration.ofSeconds(30));
    pool.use(s -> s.call(Script.of("$r=1", "x"), Duration.ofSeconds(1)), true);
    assertEquals(1, pool.figures().opened());
    clock.advance(Duration.ofMinutes(2));
    pool.evictExpired();
    assertTrue(processes.get(0).closed);
    pool.use(s -> s.call(Script.of("$r=1", "x"), Duration.ofSeconds(1)), true);
    assertEquals(2, pool.figures().opened());
    for (int i = 0; i < 13; i++) {
      clock.advance(Duration.ofSeconds(50));
      pool.use(s -> s.call(Script.of("$r=1", "x"), Duration.ofSeconds(1)), true);
    }
    assertEquals(3, pool.figures().opened()); // the second aged out after ten minutes
    pool.close();
    assertEquals(pool.figures().opened(), pool.figures().discarded());
  }

  @Test
  void givenClosedPool_use_isRefused() {
    PowerShellBackend b = answering(1, (l, n) -> FakePowerShell.ok(n, "{}"));
    b.close();
    assertInstanceOf(
        io.exchangekit.core.error.ServiceUnavailableException.class,
        assertThrows(RuntimeException.class, () -> b.backend().commands().version()));
  }
}
