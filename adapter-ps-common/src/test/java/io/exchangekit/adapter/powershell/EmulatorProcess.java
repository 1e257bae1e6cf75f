package io.exchangekit.adapter.powershell;

import io.exchangekit.emulator.exchange.Counters;
import io.exchangekit.emulator.exchange.EmulatorLauncher;
import io.exchangekit.emulator.exchange.org.Organisation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * An emulated Exchange process for jPowerShell: launcher script, shared state, counters,
 * transcript.
 */
public final class EmulatorProcess {
  /** The search page size of {@link #options}. */
  public static final int PAGE_SIZE = 50;

  public final Path launcher;
  public final Path state;
  public final Path counters;
  public final Path transcript;

  private EmulatorProcess(String version, String faults) {
    try {
      Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "emulator-");
      state = dir.resolve("org.json");
      counters = dir.resolve("counters.json");
      transcript = dir.resolve("transcript.txt");
      List<String> args =
          new ArrayList<>(
              List.of(
                  "--version",
                  version,
                  "--demo",
                  "--state",
                  state.toString(),
                  "--counters",
                  counters.toString(),
                  "--transcript",
                  transcript.toString()));
      if (!faults.isEmpty()) {
        args.add("--faults");
        args.add(faults);
      }
      launcher = EmulatorLauncher.writeScript(dir, args.toArray(String[]::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The launcher's version argument: 2010 … SE, Online. */
  public static String argument(io.exchangekit.core.mode.ExchangeVersion v) {
    return v.isOnline() ? "Online" : v.name().substring("EXCHANGE_".length());
  }

  public static EmulatorProcess of(String version) {
    return new EmulatorProcess(version, "");
  }

  public static EmulatorProcess withFaults(String version, String faults) {
    return new EmulatorProcess(version, faults);
  }

  public PowerShellOptions options(int sessions, Duration callTimeout) {
    return new PowerShellOptions(
        launcher.toString(),
        sessions,
        Duration.ofMinutes(10),
        Duration.ofHours(1),
        callTimeout,
        Duration.ofSeconds(30),
        callTimeout,
        2,
        Duration.ofMillis(50),
        PAGE_SIZE,
        false);
  }

  public Organisation organisation() {
    return Organisation.load(state);
  }

  public Counters counters() {
    return Files.exists(counters) ? Counters.read(counters) : null;
  }

  public String transcript() {
    try {
      return Files.exists(transcript) ? Files.readString(transcript) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
