package io.exchangekit.emulator.exchange.ps;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The commands a session offers beyond PowerShell's own (the Exchange organisation's cmdlets and
 * the session set-up commands). Implemented by the organisation; called by the interpreter after it
 * has bound and checked the parameters.
 */
public interface CmdletHost {

  /** The command's metadata, or empty if no such command exists in the session now. */
  Optional<CommandMetadata> command(String name);

  /**
   * Runs a command.
   *
   * @param invocation the bound call
   * @return the objects the command writes to the pipeline
   * @throws CmdletException for an error the command reports
   */
  List<Object> invoke(Invocation invocation);

  /** A bound call: canonical parameter names to converted values, the resolved parameter set. */
  record Invocation(
      String command,
      String parameterSet,
      Map<String, Object> parameters,
      List<Object> input,
      Consumer<String> warnings) {

    /** Writes a warning (shown as {@code WARNING: text} unless silenced). */
    public void warn(String text) {
      warnings.accept(text);
    }

    public boolean has(String parameter) {
      return parameters.containsKey(parameter);
    }

    public Object get(String parameter) {
      return parameters.get(parameter);
    }

    public String string(String parameter) {
      Object v = parameters.get(parameter);
      return v == null ? null : Values.toPsString(v);
    }

    public boolean flag(String parameter) {
      return Values.isTrue(parameters.get(parameter));
    }
  }

  /** An error a command reports; {@code terminating} for errors that end the statement. */
  final class CmdletException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient PsError error;
    private final boolean terminating;

    public CmdletException(PsError error) {
      this(error, false);
    }

    public CmdletException(PsError error, boolean terminating) {
      super(error.message(), null, false, false);
      this.error = error;
      this.terminating = terminating;
    }

    public PsError error() {
      return error;
    }

    public boolean terminating() {
      return terminating;
    }
  }
}
