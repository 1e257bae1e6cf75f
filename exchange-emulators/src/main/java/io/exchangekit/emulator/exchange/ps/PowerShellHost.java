package io.exchangekit.emulator.exchange.ps;

import io.exchangekit.emulator.exchange.ps.Ast.Statement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PowerShell host reading statements line by line as {@code pwsh -Command -} does: each line is
 * parsed as a whole and run (nothing runs if it does not parse); an unterminated construct waits
 * for more lines and runs only after an empty line (PowerShell issue #3223); {@code exit} ends the
 * session; a {@code .../psscript_*.ps1} line runs that file as jPowerShell's {@code executeScript}
 * expects.
 */
public final class PowerShellHost {

  /** The host's standard input and output. */
  public interface Terminal {
    /** The next input line, or null at the end of input. */
    String readLine() throws IOException;

    void write(String text);

    /** The current command finished: deliver its output. */
    void endOfCommand();

    /** Output so far ends with a prompt; the next {@link #readLine} is the answer. */
    void awaitingAnswer();
  }

  private static final Set<String> INCOMPLETE =
      Set.of(
          "MissingEndCurlyBrace",
          "MissingEndParenthesisInExpression",
          "TerminatorExpectedAtEndOfString",
          "MissingCatchOrFinally",
          "MissingStatementBlock");

  private static final Pattern SCRIPT_LINE =
      Pattern.compile("^\\s*(\\S*psscript_[^\\s]*\\.ps1)(\\s.*)?$");

  private final Interpreter interpreter;
  private final Terminal terminal;
  private final boolean ensureOutput;
  private final UnaryOperator<String> outputFilter;
  private final Consumer<String> transcript;
  private final StringBuilder pending = new StringBuilder();
  private final StringBuilder commandOutput = new StringBuilder();

  /**
   * @param host the session's commands
   * @param terminal standard input and output
   * @param computerName shown in error records ({@code PSComputerName}), may be null
   * @param ensureOutput print an empty line for a command without output (the stand-in contract)
   * @param outputFilter applied to each command's output before delivery (fault injection)
   * @param transcript receives each input line, secrets masked
   */
  public PowerShellHost(
      CmdletHost host,
      Terminal terminal,
      String computerName,
      boolean ensureOutput,
      UnaryOperator<String> outputFilter,
      Consumer<String> transcript) {
    this.terminal = terminal;
    this.ensureOutput = ensureOutput;
    this.outputFilter = outputFilter;
    this.transcript = transcript;
    this.interpreter =
        new Interpreter(
            host,
            new Interpreter.Console() {
              @Override
              public void write(String text) {
                commandOutput.append(text);
              }

              @Override
              public String prompt(String partialLine) {
                commandOutput.append(partialLine);
                terminal.write(commandOutput.toString());
                commandOutput.setLength(0);
                terminal.awaitingAnswer();
                try {
                  String answer = terminal.readLine();
                  if (answer != null) {
                    transcript.accept(Secrets.mask(answer));
                  }
                  return answer;
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              }
            },
            computerName);
  }

  /** Serves input lines until {@code exit} or the end of input. */
  public void serve() throws IOException {
    String line;
    while ((line = terminal.readLine()) != null) {
      if (!handle(line)) {
        return;
      }
    }
  }

  /** Handles one input line; false when the session ends. */
  boolean handle(String line) {
    transcript.accept(Secrets.mask(line));
    if (pending.length() == 0 && line.strip().equalsIgnoreCase("exit")) {
      return false;
    }
    if (pending.length() > 0) {
      if (line.isBlank()) {
        String script = pending.toString();
        pending.setLength(0);
        runScript(script, false);
      } else {
        pending.append('\n').append(line);
      }
      return true;
    }
    Matcher m = SCRIPT_LINE.matcher(line);
    if (m.matches()) {
      String text;
      try {
        text = Files.readString(Path.of(m.group(1)), StandardCharsets.UTF_8);
      } catch (IOException e) {
        commandOutput.append(
            "The term '"
                + m.group(1)
                + "' is not recognized as the name of a cmdlet, function,"
                + " script file, or operable program.\n");
        finish();
        return true;
      }
      runScript(text, false);
      return true;
    }
    runScript(line, true);
    return true;
  }

  private void runScript(String text, boolean mayContinue) {
    List<Statement> statements;
    try {
      statements = Parser.parse(text);
    } catch (ParseException e) {
      boolean incomplete =
          e.errorId().equals("TerminatorExpectedAtEndOfString")
              || (INCOMPLETE.contains(e.errorId()) && e.position() >= text.length() - 1);
      if (mayContinue && incomplete) {
        pending.append(text);
        return;
      }
      commandOutput.append(Secrets.mask(e.render())).append('\n');
      finish();
      return;
    }
    interpreter.execute(statements);
    finish();
  }

  private void finish() {
    String out = commandOutput.toString();
    commandOutput.setLength(0);
    if (out.isEmpty() && ensureOutput) {
      out = "\n";
    }
    if (!out.isEmpty() && !out.endsWith("\n")) {
      out += "\n";
    }
    terminal.write(outputFilter.apply(out));
    terminal.endOfCommand();
  }

  /** Whether the last statement succeeded ({@code $?}). */
  public boolean lastSucceeded() {
    return interpreter.lastSucceeded();
  }
}
