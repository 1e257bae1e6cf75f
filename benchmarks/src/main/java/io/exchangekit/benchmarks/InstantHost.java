package io.exchangekit.benchmarks;

import io.exchangekit.adapter.powershell.PowerShellHost;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PowerShell host that answers at once, without interpreting anything: the session set-up
 * succeeds, {@code Get-User} finds an AD user without a mailbox, and any other line reports every
 * plan command done. It echoes the call's nonce, so the adapters accept each answer exactly as they
 * would a real session's. Used to measure the library alone.
 */
public final class InstantHost implements PowerShellHost {
  private static final Pattern STEP = Pattern.compile("\\$k=(\\d+);");
  private volatile boolean alive = true;

  @Override
  public Result run(String line) {
    // the envelope's nonce, found without a regular expression over the whole (long) line
    String marker = "[pscustomobject]@{n='";
    int at = line.lastIndexOf(marker);
    int end = at < 0 ? -1 : line.indexOf('\'', at + marker.length());
    if (end < 0) {
      return new Result(Outcome.ANSWERED, "\n");
    }
    String head = "{\"n\":\"" + line.substring(at + marker.length(), end) + "\",\"ok\":true,";
    String body;
    if (line.contains("New-PSSession")) {
      body = "\"k\":0,\"d\":\"Version 15.1 (Build 2507.6)\"}";
    } else if (line.contains("Get-User")) {
      // the state read is one fused call: only its user part ("u") finds something
      body =
          "\"k\":0,\"d\":{\"u\":[{\"Name\":\"u000001\",\"DisplayName\":\"User 1\",\"FirstName\":\"\","
              + "\"LastName\":\"\",\"Initials\":\"\",\"UserPrincipalName\":\"u000001@contoso.com\","
              + "\"SamAccountName\":\"u000001\",\"ResetPasswordOnNextLogon\":false,"
              + "\"AccountDisabled\":false,\"UserAccountControl\":null,"
              + "\"RecipientTypeDetails\":\"User\"}]}}";
    } else {
      int k = 0;
      Matcher s = STEP.matcher(line);
      while (s.find()) {
        k = Math.max(k, Integer.parseInt(s.group(1)));
      }
      StringBuilder d = new StringBuilder("{");
      for (int i = 0; i < k; i++) {
        d.append(i == 0 ? "" : ",").append("\"r").append(i).append("\":[]");
      }
      body = "\"k\":" + k + ",\"d\":" + d.append('}') + "}";
    }
    return new Result(Outcome.ANSWERED, head + body + "\n");
  }

  @Override
  public boolean isAlive() {
    return alive;
  }

  @Override
  public void close() {
    alive = false;
  }
}
