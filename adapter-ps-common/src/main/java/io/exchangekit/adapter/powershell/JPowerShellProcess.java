package io.exchangekit.adapter.powershell;

import com.profesorfalken.jpowershell.PowerShell;
import com.profesorfalken.jpowershell.PowerShellNotAvailableException;
import com.profesorfalken.jpowershell.PowerShellResponse;
import io.exchangekit.core.error.ServiceUnavailableException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A jPowerShell 3.1.1 session. jPowerShell reads and writes with the platform charset and cannot
 * kill its process outside Windows, so after opening, its process is wrapped so that the child's
 * UTF-8 output reaches jPowerShell as ASCII with JSON escapes, its command writer is replaced by a
 * UTF-8 one, and the process is killed here directly. Each call runs on a thread of its own so that
 * a process that dies mid-call is noticed at once, not after jPowerShell's maxWait.
 */
final class JPowerShellProcess implements PsProcess {
  private static final Logger LOG = LoggerFactory.getLogger(JPowerShellProcess.class);
  private static final AtomicInteger THREADS = new AtomicInteger();
  private final PowerShell shell;
  private final Process process;
  private final ExecutorService caller;

  private JPowerShellProcess(PowerShell shell, Process process) {
    this.shell = shell;
    this.process = process;
    this.caller =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "exchangekit-ps-call-" + THREADS.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Starts the executable (jPowerShell's open takes about 5 s).
   *
   * @throws ServiceUnavailableException when the executable cannot be started
   */
  static JPowerShellProcess start(String executable) {
    PowerShell shell;
    try {
      shell = PowerShell.openSession(executable);
    } catch (PowerShellNotAvailableException | IllegalStateException | NumberFormatException e) {
      throw new ServiceUnavailableException(
          "PowerShell could not be started with the executable '"
              + executable
              + "': "
              + e.getMessage(),
          null,
          e,
          null);
    }
    Process process = null;
    try {
      process = (Process) field("p").get(shell);
      field("p").set(shell, new Utf8Process(process));
      field("commandWriter")
          .set(
              shell,
              new PrintWriter(
                  new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), true));
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.warn(
          "jPowerShell's streams could not be switched to UTF-8; non-ASCII text depends on the"
              + " platform charset ({})",
          e.toString());
    }
    return new JPowerShellProcess(shell, process);
  }

  private static Field field(String name) throws NoSuchFieldException {
    Field f = PowerShell.class.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  @Override
  public Output send(String line, Duration timeout) {
    if (!isAlive()) {
      return new Output(Status.NOT_SENT, "");
    }
    long maxWait = Math.max(100, timeout.toMillis());
    shell.configuration(Map.of("maxWait", String.valueOf(maxWait), "waitPause", "5"));
    Future<PowerShellResponse> call;
    try {
      call = caller.submit(() -> shell.executeCommand(line));
    } catch (RuntimeException e) {
      return new Output(Status.NOT_SENT, "");
    }
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(maxWait + 2000);
    long diedAt = 0;
    while (true) {
      try {
        PowerShellResponse r = call.get(100, TimeUnit.MILLISECONDS);
        if (r.isTimeout()) {
          return new Output(isAlive() ? Status.TIMED_OUT : Status.DIED, "");
        }
        if (r.isError() && (r.getCommandOutput() == null || r.getCommandOutput().isEmpty())) {
          return new Output(isAlive() ? Status.TIMED_OUT : Status.DIED, "");
        }
        return new Output(Status.ANSWERED, r.getCommandOutput());
      } catch (TimeoutException e) {
        if (!isAlive()) {
          if (diedAt == 0) {
            diedAt = System.nanoTime();
          } else if (System.nanoTime() - diedAt > TimeUnit.MILLISECONDS.toNanos(300)) {
            call.cancel(true);
            return new Output(Status.DIED, "");
          }
        }
        if (System.nanoTime() > deadline) {
          call.cancel(true);
          return new Output(Status.TIMED_OUT, "");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        call.cancel(true);
        return new Output(Status.TIMED_OUT, "");
      } catch (ExecutionException e) {
        return new Output(isAlive() ? Status.TIMED_OUT : Status.DIED, "");
      }
    }
  }

  @Override
  public boolean isAlive() {
    return process == null || process.isAlive();
  }

  @Override
  public void kill() {
    if (process != null) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
    caller.shutdownNow();
    // jPowerShell's own threads end once the dead process's streams reach their end
    Thread t = new Thread(this::closeQuietly, "exchangekit-ps-close");
    t.setDaemon(true);
    t.start();
  }

  @Override
  public void close(Duration timeout) {
    shell.configuration(
        Map.of("maxWait", String.valueOf(Math.max(100, timeout.toMillis())), "waitPause", "5"));
    closeQuietly();
    if (isAlive()) {
      kill();
    }
    caller.shutdownNow();
  }

  private void closeQuietly() {
    try {
      shell.close();
    } catch (RuntimeException e) {
      LOG.debug("jPowerShell close: {}", e.toString());
    }
  }

  /** The child process with its output translated for jPowerShell's platform-charset reader. */
  private static final class Utf8Process extends Process {
    private final Process delegate;
    private final InputStream output;

    Utf8Process(Process delegate) {
      this.delegate = delegate;
      this.output = new AsciiJsonInputStream(delegate.getInputStream());
    }

    @Override
    public OutputStream getOutputStream() {
      return delegate.getOutputStream();
    }

    @Override
    public InputStream getInputStream() {
      return output;
    }

    @Override
    public InputStream getErrorStream() {
      return delegate.getErrorStream();
    }

    @Override
    public int waitFor() throws InterruptedException {
      return delegate.waitFor();
    }

    @Override
    public boolean waitFor(long timeout, TimeUnit unit) throws InterruptedException {
      return delegate.waitFor(timeout, unit);
    }

    @Override
    public int exitValue() {
      return delegate.exitValue();
    }

    @Override
    public void destroy() {
      delegate.destroy();
    }

    @Override
    public Process destroyForcibly() {
      return delegate.destroyForcibly();
    }

    @Override
    public boolean isAlive() {
      return delegate.isAlive();
    }

    @Override
    public long pid() {
      return delegate.pid();
    }

    @Override
    public ProcessHandle toHandle() {
      return delegate.toHandle();
    }
  }
}
