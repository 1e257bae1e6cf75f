package io.exchangekit.emulator.exchange.ps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PowerShellHostTest {

  /** Records what each input line printed. */
  private static final class Recorder implements PowerShellHost.Terminal {
    final Deque<String> input;
    final List<String> outputs = new ArrayList<>();
    final StringBuilder current = new StringBuilder();

    Recorder(String... lines) {
      input = new ArrayDeque<>(List.of(lines));
    }

    @Override
    public String readLine() {
      return input.poll();
    }

    @Override
    public void write(String text) {
      current.append(text);
    }

    @Override
    public void endOfCommand() {
      outputs.add(current.toString());
      current.setLength(0);
    }

    @Override
    public void awaitingAnswer() {
      outputs.add(current + "<prompt>");
      current.setLength(0);
    }
  }

  private static final CmdletHost NO_COMMANDS =
      new CmdletHost() {
        @Override
        public Optional<CommandMetadata> command(String name) {
          return Optional.empty();
        }

        @Override
        public List<Object> invoke(Invocation invocation) {
          throw new IllegalStateException();
        }
      };

  private static Recorder serve(String... lines) throws Exception {
    Recorder r = new Recorder(lines);
    new PowerShellHost(NO_COMMANDS, r, null, true, s -> s, s -> {}).serve();
    return r;
  }

  @Test
  void givenUnterminatedBlock_lines_runOnlyAfterAnEmptyLine() throws Exception {
    Recorder r = serve("try { 'x'", "} catch { 'y' }", "", "'next'");
    assertEquals(List.of("x\n", "next\n"), r.outputs);
  }

  @Test
  void givenExit_serve_stopsReading() throws Exception {
    Recorder r = serve("'a'", "exit", "'b'");
    assertEquals(List.of("a\n"), r.outputs);
    assertEquals(1, r.input.size());
  }

  @Test
  void givenStatementWithoutOutput_host_printsOneEmptyLine() throws Exception {
    assertEquals(List.of("\n", "3\n"), serve("$x=3", "$x").outputs);
  }

  @Test
  void givenUnknownCommand_host_printsNotRecognized() throws Exception {
    String out = serve("Get-Mailbox").outputs.get(0);
    assertTrue(out.startsWith("The term 'Get-Mailbox' is not recognized"), out);
  }

  @Test
  void givenParseError_nothingOfTheLine_runs() throws Exception {
    String out = serve("'before'; $x.Foo()").outputs.get(0);
    assertTrue(out.startsWith("At line:1 char:"), out);
    assertTrue(!out.contains("before\n"), out);
  }

  @Test
  void givenExecuteScriptFile_host_runsItAndPrintsTheSentinel() throws Exception {
    java.nio.file.Path f = java.nio.file.Files.createTempFile("psscript_1", ".ps1");
    java.nio.file.Files.writeString(f, "'one'\n'two'\nWrite-Output \"--END-JPOWERSHELL-SCRIPT--\"");
    assertEquals(List.of("one\ntwo\n--END-JPOWERSHELL-SCRIPT--\n"), serve(f + " ").outputs);
  }

  @Test
  void givenParseErrorOnALineWithASecret_renderedSource_isMasked() throws Exception {
    String out =
        serve("Get-User -Password (ConvertTo-SecureString -String 'Sekr1t' -AsPlainText -Force) }")
            .outputs
            .get(0);
    assertTrue(out.contains("Unexpected token '}'"), out);
    assertTrue(out.contains("'****'"), out);
    assertTrue(!out.contains("Sekr1t"), out);
  }

  @Test
  void givenUndoubledQuoteInAValue_line_waitsForMoreInputLikePowerShell() throws Exception {
    Recorder r = serve("Set-Mailbox -Identity 'O'Brien'", "", "'next'");
    assertEquals(2, r.outputs.size(), r.outputs.toString());
    assertTrue(
        r.outputs.get(0).contains("The string is missing the terminator: '."), r.outputs.get(0));
    assertEquals("next\n", r.outputs.get(1));
  }
}
