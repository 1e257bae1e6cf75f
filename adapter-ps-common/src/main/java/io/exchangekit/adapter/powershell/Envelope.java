package io.exchangekit.adapter.powershell;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The one JSON line every call prints at its very end, carrying the call's nonce: either success
 * with the result ({@code d}) or the error record of the statement that failed, with the number of
 * plan commands that had completed ({@code k}).
 */
record Envelope(boolean ok, int completed, JsonNode data, Optional<ErrorRecord> error) {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The PowerShell error record fields the error table reads. */
  record ErrorRecord(
      String reason, String fullyQualifiedErrorId, String message, String category) {}

  static String nonce() {
    byte[] b = new byte[8];
    RANDOM.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  /**
   * Wraps statements into the one line sent to the session: preferences silenced, the statements in
   * try/catch, and the envelope printed last as compressed JSON.
   */
  static String wrap(Script script, String nonce) {
    String n = "n='" + nonce + "'";
    return "$ErrorActionPreference='Stop';$WarningPreference='SilentlyContinue';"
        + "$ProgressPreference='SilentlyContinue';$InformationPreference='SilentlyContinue';"
        + "$k=0;$r=$null;try{"
        + script.statements()
        + ";$o=[pscustomobject]@{"
        + n
        + ";ok=$true;k=$k;d=$r}}catch{$o=[pscustomobject]@{"
        + n
        + ";ok=$false;k=$k;d=$r;reason=[string]$_.CategoryInfo.Reason"
        + ";fqid=[string]$_.FullyQualifiedErrorId;message=[string]$_.Exception.Message"
        + ";category=[string]$_.CategoryInfo.Category}};"
        + "ConvertTo-Json -InputObject $o -Depth 6 -Compress";
  }

  /** Why an output is not this call's envelope. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message, null, false, false);
    }
  }

  /** What jPowerShell returned for one call: the envelope line and whether other lines came too. */
  record Parsed(Envelope envelope, boolean strayLines) {}

  /**
   * Reads the output of one call: its last line must be a JSON object carrying {@code nonce}.
   *
   * @throws Unreadable when there is no such line (empty, not JSON, missing or foreign nonce)
   */
  static Parsed parse(String output, String nonce) throws Unreadable {
    if (output == null || output.isBlank()) {
      throw new Unreadable("the session printed nothing");
    }
    String[] lines = output.strip().split("\\r?\\n|\\r");
    String last = lines[lines.length - 1].strip();
    JsonNode node;
    try {
      node = JSON.readTree(last);
    } catch (JsonProcessingException e) {
      throw new Unreadable("the session's last line is not JSON");
    }
    if (node == null || !node.isObject()) {
      throw new Unreadable("the session's last line is not a JSON object");
    }
    JsonNode n = node.get("n");
    if (n == null || !n.isTextual()) {
      throw new Unreadable("the session's answer carries no nonce");
    }
    if (!n.asText().equals(nonce)) {
      throw new Unreadable("the session's answer carries another call's nonce");
    }
    boolean ok = node.path("ok").asBoolean(false);
    int completed = node.path("k").asInt(0);
    Optional<ErrorRecord> error =
        ok
            ? Optional.empty()
            : Optional.of(
                new ErrorRecord(
                    text(node, "reason"),
                    text(node, "fqid"),
                    text(node, "message"),
                    text(node, "category")));
    JsonNode data = node.get("d");
    return new Parsed(
        new Envelope(ok, completed, data == null ? JSON.nullNode() : data, error),
        lines.length > 1);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? "" : v.asText();
  }
}
