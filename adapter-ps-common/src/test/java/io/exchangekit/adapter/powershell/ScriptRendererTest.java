package io.exchangekit.adapter.powershell;

import static io.exchangekit.adapter.powershell.Plans.command;
import static io.exchangekit.adapter.powershell.Plans.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.core.plan.ParameterValue;
import io.exchangekit.core.recipient.Secret;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptRendererTest {

  @Test
  void givenEveryValueKind_command_rendersLiteralsOnly() {
    List<Secret> secrets = new ArrayList<>();
    String line =
        ScriptRenderer.command(
            command(
                "Set-Mailbox",
                "Identity",
                "O'Brien",
                "HiddenFromAddressListsEnabled",
                true,
                "Archive",
                null,
                "EmailAddresses",
                new ParameterValue.MultiValuedUpdate(List.of("smtp:a@x"), List.of("smtp:b@x")),
                "ModeratedBy",
                new ParameterValue.TextList(List.of("a", "b\u2019c")),
                "RetentionPolicy",
                new ParameterValue.Null()),
            secrets);
    assertEquals(
        "Set-Mailbox -Identity 'O''Brien' -HiddenFromAddressListsEnabled:$true -Archive"
            + " -EmailAddresses @{Add=@('smtp:a@x');Remove=@('smtp:b@x')} -ModeratedBy"
            + " @('a','b\u2019\u2019c') -RetentionPolicy $null -ErrorAction Stop -WarningAction"
            + " SilentlyContinue -Confirm:$false 3>$null",
        line);
    assertTrue(secrets.isEmpty());
  }

  @Test
  void givenGetCmdlet_command_hasNoConfirm() {
    String line =
        ScriptRenderer.command(command("Get-Mailbox", "Identity", "x"), new ArrayList<>());
    assertFalse(line.contains("Confirm"));
    assertTrue(line.contains("-ErrorAction Stop"));
  }

  @Test
  void givenPassword_plan_sendsASecureStringAndDescribesOnlyCmdlets() {
    Secret pw = Secret.of("S3cret'pw");
    Script s =
        ScriptRenderer.plan(
            plan(
                command(
                    "New-Mailbox", "Name", "n", "Password", new ParameterValue.SecretText(pw))));
    assertTrue(
        s.statements()
            .contains("(ConvertTo-SecureString -String 'S3cret''pw' -AsPlainText -Force)"));
    assertEquals(List.of(pw), s.secrets());
    assertEquals("New-Mailbox", s.description());
    assertFalse(s.toString().contains("S3cret"));
    assertEquals("x **** y", s.redact("x S3cret''pw y"));
  }

  @Test
  void givenLineBreakInAValue_plan_isRejectedNamingTheParameterNotTheValue() {
    // refused by the command itself, before any rendering (core's one character rule)
    IllegalArgumentException text =
        assertThrows(
            IllegalArgumentException.class,
            () -> ScriptRenderer.plan(plan(command("Set-User", "Notes", "top\rsecret"))));
    assertTrue(text.getMessage().startsWith("'Notes' must not contain"), text.getMessage());
    assertFalse(text.getMessage().contains("secret"));
  }

  @Test
  void givenPlan_plan_recordsEachCommandsOutputAndTheCompletedCount() {
    Script s =
        ScriptRenderer.plan(
            plan(command("Set-User", "Identity", "a"), command("Set-Mailbox", "Identity", "a")));
    assertTrue(s.statements().contains("$r0=@(Set-User"));
    assertTrue(s.statements().contains(";$k=1;$r=[pscustomobject]@{r0=$r0};$r1=@(Set-Mailbox"));
    assertTrue(s.statements().endsWith(";$k=2;$r=[pscustomobject]@{r0=$r0;r1=$r1}"));
    assertFalse(s.statements().contains("\n"));
  }
}
