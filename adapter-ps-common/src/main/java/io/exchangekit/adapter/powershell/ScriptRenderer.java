package io.exchangekit.adapter.powershell;

import io.exchangekit.core.error.InvalidValueException;
import io.exchangekit.core.plan.ExchangeCommand;
import io.exchangekit.core.plan.ExchangePlan;
import io.exchangekit.core.plan.ParameterValue;
import io.exchangekit.core.recipient.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders plans as one line of PowerShell. Cmdlet and parameter names come from the plan (which
 * validates them); every value is a single-quoted literal, a secure string, {@code $true}/{@code
 * $false} or {@code $null}; nothing from input is placed in a double-quoted string. Every Exchange
 * call gets {@code -ErrorAction Stop} and {@code -WarningAction SilentlyContinue}, and every cmdlet
 * that can change something gets {@code -Confirm:$false}.
 */
final class ScriptRenderer {
  private ScriptRenderer() {}

  /** Verbs whose cmdlets take no -Confirm (they only read). */
  private static boolean readsOnly(String cmdlet) {
    String verb = cmdlet.substring(0, cmdlet.indexOf('-'));
    return verb.equals("Get") || verb.equals("Test");
  }

  /**
   * The plan's commands; command {@code i} stores its output in {@code $ri}, then sets {@code $k}
   * to {@code i+1} and {@code $r} to the outputs so far, so that a failure reports how many
   * commands completed and what they returned.
   */
  static Script plan(ExchangePlan plan) {
    StringBuilder sb = new StringBuilder("$k=0;$r=[pscustomobject]@{}");
    List<Secret> secrets = new ArrayList<>();
    List<ExchangeCommand> commands = plan.commands();
    StringBuilder done = new StringBuilder();
    for (int i = 0; i < commands.size(); i++) {
      sb.append(";$r").append(i).append("=@(").append(command(commands.get(i), secrets));
      sb.append(");$k=").append(i + 1);
      done.append(i == 0 ? "" : ";").append('r').append(i).append("=$r").append(i);
      sb.append(";$r=[pscustomobject]@{").append(done).append('}');
    }
    String description =
        commands.stream().map(ExchangeCommand::cmdlet).collect(Collectors.joining(", "));
    return new Script(sb.toString(), secrets, description.isEmpty() ? "(empty plan)" : description);
  }

  /** One command with its parameters and the common parameters; secrets are collected. */
  static String command(ExchangeCommand command, List<Secret> secrets) {
    StringBuilder sb = new StringBuilder(command.cmdlet());
    for (Map.Entry<String, ParameterValue> e : command.parameters().entrySet()) {
      sb.append(" -").append(e.getKey());
      try {
        appendValue(sb, e.getValue(), secrets);
      } catch (IllegalArgumentException ex) {
        throw new InvalidValueException(
            "The value of -"
                + e.getKey()
                + " of "
                + command.cmdlet()
                + " cannot be sent: "
                + ex.getMessage(),
            List.of(e.getKey()));
      }
    }
    sb.append(" -ErrorAction Stop -WarningAction SilentlyContinue");
    if (!readsOnly(command.cmdlet())) {
      sb.append(" -Confirm:$false");
    }
    return sb.append(" 3>$null").toString();
  }

  private static void appendValue(StringBuilder sb, ParameterValue value, List<Secret> secrets) {
    if (value instanceof ParameterValue.Text t) {
      sb.append(' ').append(PowerShellText.quote(t.value()));
    } else if (value instanceof ParameterValue.SecretText s) {
      secrets.add(s.value());
      sb.append(' ').append(PowerShellText.secureString(s.value()));
    } else if (value instanceof ParameterValue.Bool b) {
      sb.append(b.value() ? ":$true" : ":$false");
    } else if (value instanceof ParameterValue.Switch) {
      // a present switch has no value
    } else if (value instanceof ParameterValue.TextList l) {
      sb.append(' ').append(list(l.values()));
    } else if (value instanceof ParameterValue.MultiValuedUpdate u) {
      sb.append(" @{");
      if (!u.add().isEmpty()) {
        sb.append("Add=").append(list(u.add()));
      }
      if (!u.remove().isEmpty()) {
        sb.append(u.add().isEmpty() ? "" : ";").append("Remove=").append(list(u.remove()));
      }
      sb.append('}');
    } else if (value instanceof ParameterValue.Null) {
      sb.append(" $null");
    }
  }

  /** {@code @('a','b')}: an array even with one element or none. */
  static String list(List<String> values) {
    return values.stream().map(PowerShellText::quote).collect(Collectors.joining(",", "@(", ")"));
  }
}
