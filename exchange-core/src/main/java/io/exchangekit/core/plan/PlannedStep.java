package io.exchangekit.core.plan;

import io.exchangekit.core.recipient.Secret;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One step of a plan as the adapter that would run it renders it: what a dry run shows. The
 * adapter's own renderer produces {@code line}, so the line is what that adapter would send for
 * this step, with every secret replaced by {@link Secret#MASK}.
 *
 * @param target the system the step is sent to; never null
 * @param operation the cmdlet ({@code Set-Mailbox}) or the Graph call ({@code POST /users}); never
 *     null
 * @param parameters the step's parameters by name, secrets masked; values are JSON-shaped: a
 *     String, Boolean, Number, null, a List of such values or a Map of names to such values; never
 *     null
 * @param line the command line or request as the adapter would send it, secrets masked; never null
 */
public record PlannedStep(
    Target target, String operation, Map<String, Object> parameters, String line) {

  /** Where a step is sent. */
  public enum Target {
    EXCHANGE_ON_PREMISES("Exchange on-premises"),
    EXCHANGE_ONLINE("Exchange Online"),
    MICROSOFT_GRAPH("Microsoft Graph");

    private final String displayName;

    Target(String displayName) {
      this.displayName = displayName;
    }

    /** The target as people name it, e.g. {@code Exchange Online}. */
    public String displayName() {
      return displayName;
    }
  }

  public PlannedStep {
    Objects.requireNonNull(target, "'target' must not be null");
    Objects.requireNonNull(operation, "'operation' must not be null");
    Objects.requireNonNull(parameters, "'parameters' must not be null");
    Objects.requireNonNull(line, "'line' must not be null");
    // JSON-shaped values may be null (a property cleared), so no Map.copyOf
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }

  /** A neutral, JSON-shaped view of a planned value; secrets masked. */
  public static Object neutral(ParameterValue value) {
    if (value instanceof ParameterValue.Text t) {
      return t.value();
    }
    if (value instanceof ParameterValue.SecretText) {
      return Secret.MASK;
    }
    if (value instanceof ParameterValue.Bool b) {
      return b.value();
    }
    if (value instanceof ParameterValue.Switch) {
      return Boolean.TRUE;
    }
    if (value instanceof ParameterValue.TextList l) {
      return l.values();
    }
    if (value instanceof ParameterValue.MultiValuedUpdate u) {
      Map<String, Object> m = new LinkedHashMap<>();
      if (!u.add().isEmpty()) {
        m.put("Add", u.add());
      }
      if (!u.remove().isEmpty()) {
        m.put("Remove", u.remove());
      }
      return Collections.unmodifiableMap(m);
    }
    return null; // ParameterValue.Null
  }

  /** The command's parameters as {@link #neutral} values, in order. */
  public static Map<String, Object> neutral(ExchangeCommand command) {
    Map<String, Object> m = new LinkedHashMap<>();
    command.parameters().forEach((k, v) -> m.put(k, neutral(v)));
    return m;
  }

  /** For lists of steps: the lines, in order. */
  public static List<String> lines(List<PlannedStep> steps) {
    return steps.stream().map(PlannedStep::line).toList();
  }
}
