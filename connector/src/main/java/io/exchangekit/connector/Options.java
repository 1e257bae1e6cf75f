package io.exchangekit.connector;

import io.exchangekit.core.mode.ExchangeVersion;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The command line, parsed. */
record Options(
    Optional<Path> config,
    boolean dryRun,
    ExchangeVersion emulatorVersion,
    Optional<Path> emulatorState,
    Optional<Path> emulatorSave,
    Duration emulatorMailboxDelay,
    String emulatorFaults,
    Optional<URI> rabbitmq,
    Optional<String> queue,
    boolean help,
    boolean version,
    List<Path> files) {

  static final String USAGE =
      """
      Usage: java -jar exchangekit-connector.jar [options] [FILE...]

      Reads OpenIAM requests (one JSON object, a JSON array, or JSON lines) from the files, or from
      standard input when no file is given, and prints one JSON response per request and line.

        --config FILE                  target a real Exchange organisation and tenant (see
                                       docs/connector-configuration.md); without it the connector
                                       runs against the embedded emulators
        --dry-run                      print what each request would run, secrets masked
        --emulator-version VERSION     2010, 2013, 2016, 2019 (default) or SE
        --emulator-state FILE          load the emulated organisation from FILE
        --emulator-save FILE           write the emulated organisation to FILE at the end
        --emulator-mailbox-delay SECS  how long an Online mailbox takes to appear after its
                                       licence (default 0)
        --emulator-faults SPEC         faults the emulated Exchange injects, e.g. latency=50 or
                                       open-latency=2000;latency=50 (see FaultPlan)
        --rabbitmq URI --queue NAME    consume OpenIAM's connector queue instead of files
        --version                      print the connector's version
        --help                         this text
      """;

  /**
   * @throws IllegalArgumentException naming the option and what it takes
   */
  static Options parse(String... args) {
    Optional<Path> config = Optional.empty();
    boolean dryRun = false;
    ExchangeVersion version = ExchangeVersion.EXCHANGE_2019;
    Optional<Path> state = Optional.empty();
    Optional<Path> save = Optional.empty();
    Duration delay = Duration.ZERO;
    String faults = "";
    Optional<URI> rabbitmq = Optional.empty();
    Optional<String> queue = Optional.empty();
    boolean help = false;
    boolean printVersion = false;
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--config" -> config = Optional.of(Path.of(value(args, ++i, a)));
        case "--dry-run" -> dryRun = true;
        case "--emulator-version" -> {
          version = ExchangeVersion.parse(value(args, ++i, a));
          if (version == ExchangeVersion.ONLINE) {
            throw new IllegalArgumentException(
                "--emulator-version picks the on-premises version: 2010, 2013, 2016, 2019 or SE"
                    + " (Exchange Online is always emulated too)");
          }
        }
        case "--emulator-state" -> state = Optional.of(Path.of(value(args, ++i, a)));
        case "--emulator-save" -> save = Optional.of(Path.of(value(args, ++i, a)));
        case "--emulator-mailbox-delay" -> {
          String v = value(args, ++i, a);
          try {
            delay = Duration.ofMillis(Math.round(Double.parseDouble(v) * 1000));
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                "--emulator-mailbox-delay takes seconds (e.g. 30 or 0.5) but was '" + v + "'");
          }
          if (delay.isNegative()) {
            throw new IllegalArgumentException("--emulator-mailbox-delay must not be negative");
          }
        }
        case "--emulator-faults" -> faults = value(args, ++i, a);
        case "--rabbitmq" -> rabbitmq = Optional.of(URI.create(value(args, ++i, a)));
        case "--queue" -> queue = Optional.of(value(args, ++i, a));
        case "--help", "-h" -> help = true;
        case "--version" -> printVersion = true;
        default -> {
          if (a.startsWith("--")) {
            throw new IllegalArgumentException("unknown option '" + a + "'; see --help");
          }
          files.add(Path.of(a));
        }
      }
    }
    if (rabbitmq.isPresent() != queue.isPresent()) {
      throw new IllegalArgumentException("--rabbitmq and --queue go together");
    }
    if (rabbitmq.isPresent() && !files.isEmpty()) {
      throw new IllegalArgumentException("request files and --rabbitmq exclude each other");
    }
    return new Options(
        config,
        dryRun,
        version,
        state,
        save,
        delay,
        faults,
        rabbitmq,
        queue,
        help,
        printVersion,
        List.copyOf(files));
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length || args[i].startsWith("--")) {
      throw new IllegalArgumentException(option + " needs a value; see --help");
    }
    return args[i];
  }
}
