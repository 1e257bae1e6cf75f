package io.exchangekit.connector;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The built connector jar as a child process, started as users start it: {@code java -jar
 * exchangekit-connector.jar ARGS}. Its standard output and error go to files under {@code
 * target/jar-processes} (readable while it runs, kept for a failed build); every wait is bounded,
 * and {@link #close()} kills whatever still runs.
 */
final class JarProcess implements AutoCloseable {
  /** The property (set by Failsafe) naming the jar under test. */
  static final String JAR_PROPERTY = "exchangekit.connector.jar";

  /** The exit code of a JVM stopped by SIGTERM once its shutdown hooks have run. */
  static final int EXIT_ON_SIGTERM = 128 + 15;

  private static final AtomicInteger STARTED = new AtomicInteger();

  private final String name;
  private final Process process;
  private final Path stdout;
  private final Path stderr;

  private JarProcess(String name, Process process, Path stdout, Path stderr) {
    this.name = name;
    this.process = process;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  /** The exit code and outputs of a finished run. */
  record Result(int exitCode, String stdout, String stderr) {
    /** The run as responses, one JSON per line of standard output. */
    ConnectorRun responses() {
      return ConnectorRun.parse(exitCode, stdout, stderr);
    }
  }

  /** The jar under test: {@value #JAR_PROPERTY}, else {@code target/exchangekit-connector.jar}. */
  static Path jar() {
    Path jar =
        Path.of(System.getProperty(JAR_PROPERTY, "target/exchangekit-connector.jar"))
            .toAbsolutePath();
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          "no connector jar at "
              + jar
              + ": the integration tests run after package ('mvn verify -pl connector -am')");
    }
    return jar;
  }

  /**
   * Runs the jar to its end.
   *
   * @param stdin what the process reads on standard input, followed by end of input
   * @throws AssertionError if it has not ended within the timeout (it is killed then)
   */
  static Result run(Duration timeout, String stdin, String... args)
      throws IOException, InterruptedException {
    try (JarProcess p = start("run", stdin, args)) {
      int code = p.awaitExit(timeout);
      return new Result(code, p.stdout(), p.stderr());
    }
  }

  /**
   * Starts the jar.
   *
   * @param name names the output files, e.g. the instance's role in the test
   * @param stdin what the process reads on standard input, followed by end of input
   */
  static JarProcess start(String name, String stdin, String... args) throws IOException {
    return start(name, stdin, List.of(), args);
  }

  /** Starts the jar with options for the JVM, e.g. {@code -Xmx32m}. */
  static JarProcess start(String name, String stdin, List<String> jvmOptions, String... args)
      throws IOException {
    Path jar = jar();
    Path dir = jar.getParent().resolve("jar-processes");
    Files.createDirectories(dir);
    String base = name + "-" + STARTED.incrementAndGet();
    Path out = dir.resolve(base + ".out");
    Path err = dir.resolve(base + ".err");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    try (OutputStream in = process.getOutputStream()) {
      in.write(stdin.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      if (process.isAlive()) {
        process.destroyForcibly();
        throw e;
      } // it ended without reading its input (e.g. --help): its exit code tells the test
    }
    return new JarProcess(base, process, out, err);
  }

  /**
   * Waits for the process to end.
   *
   * @return its exit code
   * @throws AssertionError if it has not ended within the timeout (it is killed then)
   */
  int awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      throw new AssertionError(
          name + " did not end within " + timeout + " and was killed; stderr: " + tail(stderr()));
    }
    return process.exitValue();
  }

  /**
   * Waits until standard error contains the text (e.g. a start-up line).
   *
   * @throws AssertionError if the process ends or the timeout passes first
   */
  void awaitStderr(String text, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (!stderr().contains(text)) {
      if (!process.isAlive() && !stderr().contains(text)) {
        throw new AssertionError(
            name
                + " ended ("
                + process.exitValue()
                + ") before printing '"
                + text
                + "'; stderr: "
                + tail(stderr()));
      }
      if (System.nanoTime() > end) {
        throw new AssertionError(
            name
                + " did not print '"
                + text
                + "' within "
                + timeout
                + "; stderr: "
                + tail(stderr()));
      }
      Thread.sleep(50);
    }
  }

  /**
   * Stops the process as Ctrl-C or a service manager does (SIGTERM) and waits for it to end.
   *
   * @return its exit code ({@link #EXIT_ON_SIGTERM} when its shutdown hooks ran to the end)
   */
  int stop(Duration timeout) throws InterruptedException {
    process.destroy();
    return awaitExit(timeout);
  }

  /** What it has written to standard output so far. */
  String stdout() {
    return read(stdout);
  }

  /** What it has written to standard error so far. */
  String stderr() {
    return read(stderr);
  }

  boolean isAlive() {
    return process.isAlive();
  }

  String name() {
    return name;
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static String read(Path f) {
    try {
      // bytes, not readString: a line being written may end in half a character
      return new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  private static String tail(String text) {
    return text.length() <= 4_000 ? text : "..." + text.substring(text.length() - 4_000);
  }
}
