package io.exchangekit.adapter.powershell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.exchangekit.core.plan.ExchangeCommand;
import io.exchangekit.core.plan.ParameterValue;
import io.exchangekit.core.plan.PlannedStep;
import io.exchangekit.core.recipient.Secret;
import io.exchangekit.emulator.exchange.ps.CommandLineReader;
import io.exchangekit.emulator.exchange.ps.CommandLineReader.ReadCommand;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a dry run shows is what runs: a step's line, read back by the emulator's PowerShell parser
 * (written independently of the renderer), is exactly one command carrying exactly the planned
 * values, whatever the values hold; and a secret shows only as the mask.
 */
class DryRunLineProperties {
  private static final Map<String, Object> COMMON =
      Map.of("ErrorAction", "Stop", "WarningAction", "SilentlyContinue", "Confirm", false);

  @Test
  void givenHostileValues_theDryRunLine_readsBackAsExactlyThePlannedValues() {
    qt().withExamples(500)
        .forAll(
            HostileStrings.any(),
            lists().of(HostileStrings.any()).ofSizeBetween(0, 3),
            lists().of(HostileStrings.any()).ofSizeBetween(1, 3),
            HostileStrings.any())
        .checkAssert(
            (text, list, added, secret) -> {
              ExchangeCommand command =
                  ExchangeCommand.of("Set-Mailbox", "a hostile update")
                      .text("Identity", text)
                      .with("DisplayName", ParameterValue.text(text))
                      .with("EmailAddresses", new ParameterValue.TextList(list))
                      .with(
                          "GrantSendOnBehalfTo",
                          new ParameterValue.MultiValuedUpdate(added, List.of(text)))
                      .with("HiddenFromAddressListsEnabled", ParameterValue.bool(true))
                      .with("CustomAttribute1", new ParameterValue.Null())
                      .with(
                          "Password",
                          new ParameterValue.SecretText(Secret.of("Zq9!" + secret + "!9qZ")))
                      .flag("Force")
                      .build();

              PlannedStep step =
                  PowerShellCommandAdapter.render(PlannedStep.Target.EXCHANGE_ON_PREMISES, command);
              List<ReadCommand> read = CommandLineReader.read(step.line());

              assertEquals(1, read.size(), step.line());
              assertEquals("Set-Mailbox", read.get(0).name());
              Map<String, Object> expected = new LinkedHashMap<>(PlannedStep.neutral(command));
              expected.put(
                  "Password",
                  new ReadCommand(
                      "ConvertTo-SecureString",
                      Map.of("String", Secret.MASK, "AsPlainText", true, "Force", true),
                      List.of()));
              expected.putAll(COMMON);
              assertEquals(expected, read.get(0).parameters(), step.line());
              assertEquals(List.of("3>$null"), read.get(0).redirections());
              assertFalse(step.line().contains("Zq9!" + secret + "!9qZ"), "the secret shows");
              assertEquals(Secret.MASK, step.parameters().get("Password"));
            });
  }
}
