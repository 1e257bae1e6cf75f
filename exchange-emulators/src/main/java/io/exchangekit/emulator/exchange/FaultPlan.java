package io.exchangekit.emulator.exchange;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Faults the emulator injects. Written as a spec string (also the launcher's {@code --faults}
 * value), items separated by {@code ;} or {@code ,}:
 *
 * <ul>
 *   <li>{@code open-latency=MS}: delay of every session open (New-PSSession,
 *       Connect-ExchangeOnline, in-process session creation)
 *   <li>{@code latency=MS} or {@code latency:Cmdlet=MS}: delay of every (or one) cmdlet call
 *   <li>{@code call-latency=MS}: delay of every remote call, that is every input line answered (the
 *       round trip WinRM or Exchange Online's REST endpoint charges), however many cmdlets the line
 *       runs; charged besides the cmdlet latency, after the organisation is released
 *   <li>{@code max-sessions=N}: opening more than N concurrent sessions fails with Exchange's
 *       runspace-limit text (counted per emulator in process, and across the processes that share a
 *       state file)
 *   <li>{@code micro-delay-every=N} (and {@code micro-delay=MS}): every Nth cmdlet call is delayed
 *       and warns "Micro delay applied…", as Exchange Online throttling does
 *   <li>{@code crash:Cmdlet}, {@code hang:Cmdlet}, {@code malformed:Cmdlet} ({@code *} for any):
 *       the process dies, the call never returns, or the command's output is cut in half
 *   <li>{@code auth-failure}: session opens are refused (Access is denied / AADSTS)
 * </ul>
 */
public record FaultPlan(
    Duration sessionOpenLatency,
    Duration cmdletLatency,
    Map<String, Duration> latencyByCmdlet,
    Duration callLatency,
    int maxSessions,
    int microDelayEvery,
    Duration microDelay,
    Set<String> crashOn,
    Set<String> hangOn,
    Set<String> malformedOn,
    boolean authenticationFailure) {

  public FaultPlan {
    Objects.requireNonNull(sessionOpenLatency, "'sessionOpenLatency' must not be null");
    Objects.requireNonNull(cmdletLatency, "'cmdletLatency' must not be null");
    Objects.requireNonNull(callLatency, "'callLatency' must not be null");
    latencyByCmdlet = Map.copyOf(latencyByCmdlet);
    microDelay = microDelay == null ? Duration.ofMillis(50) : microDelay;
    crashOn = Set.copyOf(crashOn);
    hangOn = Set.copyOf(hangOn);
    malformedOn = Set.copyOf(malformedOn);
  }

  public static FaultPlan none() {
    return parse("");
  }

  /** Parses a spec string (see the class comment); unknown items are rejected. */
  public static FaultPlan parse(String spec) {
    Duration open = Duration.ZERO;
    Duration latency = Duration.ZERO;
    Map<String, Duration> byCmdlet = new LinkedHashMap<>();
    Duration call = Duration.ZERO;
    int maxSessions = 0;
    int microEvery = 0;
    Duration micro = Duration.ofMillis(50);
    Set<String> crash = new LinkedHashSet<>();
    Set<String> hang = new LinkedHashSet<>();
    Set<String> malformed = new LinkedHashSet<>();
    boolean auth = false;
    for (String raw : (spec == null ? "" : spec).split("[;,]")) {
      String item = raw.strip();
      if (item.isEmpty()) {
        continue;
      }
      String key = item.contains("=") ? item.substring(0, item.indexOf('=')) : item;
      String value = item.contains("=") ? item.substring(item.indexOf('=') + 1).strip() : null;
      String k = key.toLowerCase(Locale.ROOT);
      try {
        if (k.equals("open-latency")) {
          open = Duration.ofMillis(Long.parseLong(value));
        } else if (k.equals("latency")) {
          latency = Duration.ofMillis(Long.parseLong(value));
        } else if (k.equals("call-latency")) {
          call = Duration.ofMillis(Long.parseLong(value));
        } else if (k.startsWith("latency:")) {
          byCmdlet.put(key.substring(8), Duration.ofMillis(Long.parseLong(value)));
        } else if (k.equals("max-sessions")) {
          maxSessions = Integer.parseInt(value);
        } else if (k.equals("micro-delay-every")) {
          microEvery = Integer.parseInt(value);
        } else if (k.equals("micro-delay")) {
          micro = Duration.ofMillis(Long.parseLong(value));
        } else if (k.startsWith("crash:")) {
          crash.add(key.substring(6));
        } else if (k.startsWith("hang:")) {
          hang.add(key.substring(5));
        } else if (k.startsWith("malformed:")) {
          malformed.add(key.substring(10));
        } else if (k.equals("auth-failure")) {
          auth = true;
        } else {
          throw new IllegalArgumentException("unknown fault '" + item + "'");
        }
      } catch (NumberFormatException | NullPointerException e) {
        throw new IllegalArgumentException("fault '" + item + "' needs a number", e);
      }
    }
    return new FaultPlan(
        open,
        latency,
        byCmdlet,
        call,
        maxSessions,
        microEvery,
        micro,
        crash,
        hang,
        malformed,
        auth);
  }

  Duration latencyOf(String cmdlet) {
    for (Map.Entry<String, Duration> e : latencyByCmdlet.entrySet()) {
      if (e.getKey().equalsIgnoreCase(cmdlet)) {
        return e.getValue();
      }
    }
    return cmdletLatency;
  }

  static boolean hits(Set<String> names, String cmdlet) {
    return names.stream().anyMatch(n -> n.equals("*") || n.equalsIgnoreCase(cmdlet));
  }
}
