package io.exchangekit.emulator.exchange;

import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.emulator.exchange.org.HostPlatform;
import io.exchangekit.emulator.exchange.org.Organisation;
import io.exchangekit.emulator.exchange.ps.PowerShellHost;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.function.Function;

/**
 * Runs the emulator as a process for {@link
 * io.exchangekit.emulator.exchange.ps.EmulatedPowerShell}; internal, public only for that entry
 * point.
 */
public final class ProcessSupport {
  private ProcessSupport() {}

  /** Parses the launcher options and serves stdin until {@code exit}. */
  public static void run(String[] args, Function<ExchangeVersion, ExchangeEmulator> factory)
      throws IOException {
    ExchangeVersion version = ExchangeVersion.EXCHANGE_2016;
    Path state = null;
    Path organisationFile = null;
    Path counters = null;
    Path transcript = null;
    boolean demo = false;
    boolean connected = false;
    String faults = "";
    Long delay = null;
    HostPlatform host = HostPlatform.WINDOWS;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--version" -> version = ExchangeVersion.parse(args[++i]);
        case "--state" -> state = Path.of(args[++i]);
        case "--organisation" -> organisationFile = Path.of(args[++i]);
        case "--counters" -> counters = Path.of(args[++i]);
        case "--transcript" -> transcript = Path.of(args[++i]);
        case "--demo" -> demo = true;
        case "--connected" -> connected = true;
        case "--faults" -> faults = args[++i];
        case "--delay-ms" -> delay = Long.parseLong(args[++i]);
        case "--host-platform" -> host = HostPlatform.parse(args[++i]);
        default -> {
          // jPowerShell's and Windows PowerShell's own arguments are ignored
        }
      }
    }
    watchParent();
    ExchangeEmulator emulator =
        factory.apply(version).withFaults(FaultPlan.parse(faults)).withHostPlatform(host);
    if (state != null && Files.exists(state) && Files.size(state) > 0) {
      emulator.withOrganisation(Organisation.load(state));
    } else if (organisationFile != null) {
      emulator.withOrganisation(Organisation.load(organisationFile));
    } else if (demo) {
      emulator.withDemoOrganisation();
    }
    if (delay != null) {
      emulator.withMailboxProvisioningDelay(Duration.ofMillis(delay));
    }
    if (state != null) {
      emulator.shareSessionsThrough(state.resolveSibling(state.getFileName() + ".sessions"));
    }
    new Served(emulator, state, counters, transcript, connected).serve();
  }

  /**
   * Ends the process when the process that started it is gone, so that a hung emulator (a fault)
   * never outlives the tests that jPowerShell could not close it from.
   */
  private static void watchParent() {
    ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
    if (parent == null) {
      return;
    }
    Thread watchdog =
        new Thread(
            () -> {
              while (true) {
                try {
                  Thread.sleep(500);
                } catch (InterruptedException e) {
                  return;
                }
                if (!parent.isAlive()) {
                  Runtime.getRuntime().halt(0);
                }
              }
            },
            "parent-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
  }

  /** One process's stdin/stdout loop. */
  private static final class Served implements PowerShellHost.Terminal {
    private final ExchangeEmulator emulator;
    private final Path state;
    private final Path counters;
    private final Path transcript;
    private final boolean connected;
    private final BufferedReader in;
    private final Writer out;
    private final StringBuilder buffer = new StringBuilder();
    private boolean answering;
    private long lastSeenModified = -1;
    private long lastModifications;
    private FileChannel lockChannel;
    private FileLock lock;
    private int transcriptWritten;
    private FaultyHost host;

    Served(
        ExchangeEmulator emulator, Path state, Path counters, Path transcript, boolean connected) {
      this.emulator = emulator;
      this.state = state;
      this.counters = counters;
      this.transcript = transcript;
      this.connected = connected;
      Charset cs = Charset.defaultCharset();
      this.in = new BufferedReader(new InputStreamReader(System.in, cs));
      this.out = new OutputStreamWriter(new PrintStream(System.out, false, cs), cs);
      System.setErr(new PrintStream(System.out, true, cs));
    }

    void serve() throws IOException {
      host =
          emulator.host(
              connected,
              () -> {
                flushCounters();
                Runtime.getRuntime().halt(1);
              },
              this::unlock);
      if (connected) {
        host.holdSession();
        emulator.counters().sessionOpened();
      }
      if (state != null && !Files.exists(state)) {
        emulator.organisation().save(state);
      }
      if (state != null) {
        lastSeenModified =
            Files.getLastModifiedTime(state).to(java.util.concurrent.TimeUnit.NANOSECONDS);
      }
      lastModifications = emulator.organisation().modifications();
      PowerShellHost ps = emulator.powerShell(host, this, true);
      try {
        ps.serve();
      } finally {
        host.releaseSession();
        unlock();
        flushCounters();
        out.flush();
      }
    }

    @Override
    public String readLine() throws IOException {
      String line = in.readLine();
      if (line != null && !answering) {
        lockAndSync();
      }
      answering = false;
      return line;
    }

    @Override
    public void write(String text) {
      buffer.append(text);
    }

    @Override
    public void endOfCommand() {
      host.remoteCallAnswered();
      saveAndUnlock();
      flushCounters();
      // the round trip is charged with the organisation released, as the network holds no lock
      host.chargeCallLatency();
      deliver();
      flushTranscript();
    }

    @Override
    public void awaitingAnswer() {
      answering = true;
      host.remoteCallAnswered();
      host.chargeCallLatency();
      deliver();
    }

    private void deliver() {
      try {
        out.write(buffer.toString());
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      buffer.setLength(0);
    }

    private void lockAndSync() {
      if (state == null) {
        return;
      }
      try {
        Path lockFile = state.resolveSibling(state.getFileName() + ".lock");
        lockChannel =
            FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        lock = lockChannel.lock();
        long modified =
            Files.exists(state)
                ? Files.getLastModifiedTime(state).to(java.util.concurrent.TimeUnit.NANOSECONDS)
                : -1;
        if (modified != lastSeenModified && Files.exists(state) && Files.size(state) > 0) {
          emulator.organisation().replaceWith(Organisation.load(state));
          lastSeenModified = modified;
        }
        lastModifications = emulator.organisation().modifications();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private void saveAndUnlock() {
      try {
        if (state != null && lock != null) {
          long mods = emulator.organisation().modifications();
          if (mods != lastModifications) {
            emulator.organisation().save(state);
            lastSeenModified =
                Files.getLastModifiedTime(state).to(java.util.concurrent.TimeUnit.NANOSECONDS);
            lastModifications = mods;
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        unlock();
      }
    }

    private void unlock() {
      try {
        if (lock != null) {
          lock.release();
          lock = null;
        }
        if (lockChannel != null) {
          lockChannel.close();
          lockChannel = null;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private void flushCounters() {
      if (counters != null) {
        emulator.counters().flushTo(counters);
      }
    }

    private void flushTranscript() {
      if (transcript == null) {
        return;
      }
      var lines = emulator.transcript();
      if (lines.size() > transcriptWritten) {
        try {
          Files.write(
              transcript,
              lines.subList(transcriptWritten, lines.size()),
              StandardCharsets.UTF_8,
              StandardOpenOption.CREATE,
              StandardOpenOption.APPEND);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        transcriptWritten = lines.size();
      }
    }
  }
}
