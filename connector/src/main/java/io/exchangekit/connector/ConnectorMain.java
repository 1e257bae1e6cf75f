package io.exchangekit.connector;

import io.exchangekit.adapter.openiam.OpenIamConnector;
import io.exchangekit.adapter.openiam.OpenIamHandler;
import io.exchangekit.adapter.openiam.amqp.RabbitMqConsumer;
import io.exchangekit.adapter.openiam.amqp.RabbitMqSettings;
import io.exchangekit.adapter.openiam.model.OpenIamRequest;
import io.exchangekit.ports.config.ExchangeKit;
import io.exchangekit.ports.spi.BackendConfig;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

/**
 * The runnable OpenIAM connector: reads requests from files or standard input (or consumes
 * OpenIAM's RabbitMQ connector queue) and prints one JSON response per request and line. Logs go to
 * standard error.
 */
public final class ConnectorMain {
  private static final String RABBITMQ = "rabbitmq";

  /** The keys of the connector's own {@code rabbitmq.*} configuration section. */
  static final Set<String> RABBITMQ_KEYS = Set.of("uri", "queue", "maxReplyBytes");

  private ConnectorMain() {}

  public static void main(String[] args) {
    System.exit(
        run(
            args,
            new InputStreamReader(System.in, StandardCharsets.UTF_8),
            new PrintStream(System.out, true, StandardCharsets.UTF_8),
            System.err));
  }

  /** Runs the connector; returns the process exit code (0 done, 1 failed, 2 bad command line). */
  static int run(String[] args, Reader stdin, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return 2;
    }
    if (options.help()) {
      out.print(Options.USAGE);
      return 0;
    }
    if (options.version()) {
      out.println(ConnectorVersion.line());
      return 0;
    }
    try {
      Optional<ExchangeKit> kit = options.config().map(f -> configure(f, System::getenv));
      try (Target target = open(options, kit, err)) {
        OpenIamConnector connector = OpenIamConnector.of(target.useCases());
        OpenIamHandler handler = options.dryRun() ? dryRun(connector) : connector::handle;
        Optional<BackendConfig> queueSection = kit.map(k -> k.section(RABBITMQ));
        Optional<URI> uri =
            options
                .rabbitmq()
                .or(() -> queueSection.flatMap(q -> q.setting("uri")).map(ConnectorMain::uri));
        Optional<Integer> maxReply =
            queueSection.flatMap(q -> q.setting("maxReplyBytes")).map(ConnectorMain::maxReplyBytes);
        if (uri.isPresent()) {
          String queue =
              options
                  .queue()
                  .or(() -> queueSection.flatMap(q -> q.setting("queue")))
                  .orElseThrow(
                      () ->
                          new IllegalArgumentException(
                              "rabbitmq.queue is required with rabbitmq.uri"));
          RabbitMqSettings settings = RabbitMqSettings.of(uri.get(), queue, target.poolSize());
          if (maxReply.isPresent()) {
            settings = settings.withMaxReplyBytes(maxReply.get());
          }
          return consume(settings, handler, target, err);
        }
        return batch(options, handler, stdin, out, err);
      }
    } catch (IllegalArgumentException | IllegalStateException | IOException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
  }

  /**
   * Reads {@code --config} through ExchangeKit's loader, with the connector's own {@code
   * rabbitmq.*} section.
   */
  static ExchangeKit configure(Path file, Function<String, String> environment) {
    return ExchangeKit.builder()
        .file(file)
        .environment(environment)
        .section(RABBITMQ, RABBITMQ_KEYS)
        .open();
  }

  /** Parses rabbitmq.maxReplyBytes, naming the key and the allowed range. */
  static int maxReplyBytes(String text) {
    String allowed =
        "rabbitmq.maxReplyBytes must be a whole number of bytes from "
            + RabbitMqSettings.MIN_REPLY_BYTES
            + " to "
            + RabbitMqSettings.MAX_REPLY_BYTES
            + " (default "
            + RabbitMqSettings.DEFAULT_MAX_REPLY_BYTES
            + ") but was '"
            + text.trim()
            + "'";
    long bytes;
    try {
      bytes = Long.parseLong(text.trim().replace("_", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(allowed);
    }
    if (bytes < RabbitMqSettings.MIN_REPLY_BYTES || bytes > RabbitMqSettings.MAX_REPLY_BYTES) {
      throw new IllegalArgumentException(allowed);
    }
    return (int) bytes;
  }

  /** Parses rabbitmq.uri without repeating it: it may carry a password. */
  private static URI uri(String text) {
    try {
      return new URI(text.trim());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "rabbitmq.uri must be an amqp:// or amqps:// URI such as"
              + " amqp://user:password@mq.contoso.com:5672/vhost");
    }
  }

  private static int batch(
      Options options, OpenIamHandler handler, Reader stdin, PrintStream out, PrintStream err)
      throws IOException {
    BatchRunner runner = new BatchRunner(handler, out, err, 2_000);
    if (options.files().isEmpty()) {
      runner.run(stdin, -1, 0);
      return 0;
    }
    long total = 0;
    for (Path f : options.files()) {
      try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
        total += BatchRunner.count(r);
      }
    }
    long done = 0;
    for (Path f : options.files()) {
      try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
        done = runner.run(r, total, done);
      }
    }
    err.println("done: " + done + " requests");
    return 0;
  }

  private static Target open(Options options, Optional<ExchangeKit> kit, PrintStream err) {
    if (kit.isPresent()) {
      return new Target(kit.get().useCases(), List.of(kit.get()), kit.get().poolSize());
    }
    err.println(
        "no --config given: running against the embedded emulators (Exchange Server "
            + options.emulatorVersion().productName().replace("Exchange Server ", "")
            + " and Exchange Online with Microsoft Graph; organisation "
            + options.emulatorState().map(Path::toString).orElse("'contoso' (demo)")
            + ")");
    return EmbeddedTarget.start(options);
  }

  /** Answers every request with its plan instead of running it. */
  private static OpenIamHandler dryRun(OpenIamConnector connector) {
    return (json, out) -> {
      OpenIamRequest r;
      try {
        r = connector.decode(json);
      } catch (RuntimeException e) {
        connector.handle(json, out); // answers the decoding failure
        return;
      }
      OpenIamRequest planOnly =
          new OpenIamRequest(
              r.requestId(),
              r.operation(),
              r.objectType(),
              r.identityName(),
              r.metaData(),
              r.attributes(),
              r.searchQuery(),
              r.requestedAttributes(),
              true);
      connector.handle(planOnly, out);
    };
  }

  private static int consume(
      RabbitMqSettings settings, OpenIamHandler handler, Target target, PrintStream err) {
    CountDownLatch stopped = new CountDownLatch(1);
    RabbitMqConsumer consumer = RabbitMqConsumer.streaming(settings, handler);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  // finish or return the requests in flight, then release the target
                  consumer.close();
                  target.close();
                  err.println("stopped consuming " + settings.queue());
                  stopped.countDown();
                }));
    consumer.start();
    err.println("consuming " + settings + "; stop with Ctrl-C or SIGTERM");
    try {
      stopped.await();
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    }
  }
}
