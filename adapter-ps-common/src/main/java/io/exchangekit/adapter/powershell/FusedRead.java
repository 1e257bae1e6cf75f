package io.exchangekit.adapter.powershell;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Several reads sent as one line, so that the state an operation needs costs one remote round trip.
 * Each {@link Part} runs in its own try/catch and leaves its objects in {@code $<name>}, which
 * later parts may read; a part that fails does not stop the others, its error record travels back
 * in the answer instead. The caller then decides per part: "not found" means the object is absent
 * (a user without a mailbox, a group that does not exist), anything else is a real failure and
 * surfaces through the error table as a failed call would.
 */
final class FusedRead {
  private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

  /**
   * One read: {@code pipeline} writes the part's objects, {@code cmdlet} names the read in failure
   * messages, {@code before} are statements run first inside the same try (empty: none).
   */
  record Part(String name, String cmdlet, String pipeline, String before) {
    Part(String name, String cmdlet, String pipeline) {
      this(name, cmdlet, pipeline, "");
    }

    Part {
      if (!NAME.matcher(name).matches()) {
        throw new IllegalArgumentException("a part's name is a short lower-case word: " + name);
      }
      Objects.requireNonNull(cmdlet, "'cmdlet' must not be null");
      Objects.requireNonNull(pipeline, "'pipeline' must not be null");
      Objects.requireNonNull(before, "'before' must not be null");
    }

    private String statements() {
      return "$"
          + name
          + "=@();$"
          + name
          + "E=$null;try{"
          + (before.isEmpty() ? "" : before + ";")
          + "$"
          + name
          + "=@("
          + pipeline
          + ")}catch{$"
          + name
          + "E=[pscustomobject]@{reason=[string]$_.CategoryInfo.Reason"
          + ";fqid=[string]$_.FullyQualifiedErrorId;message=[string]$_.Exception.Message"
          + ";category=[string]$_.CategoryInfo.Category}}";
    }
  }

  private FusedRead() {}

  /** The one script that runs every part in order and answers all of them. */
  static Script script(List<Part> parts) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("a read has at least one part");
    }
    StringBuilder sb = new StringBuilder();
    StringBuilder result = new StringBuilder("$r=[pscustomobject]@{");
    String sep = "";
    for (Part p : parts) {
      sb.append(p.statements()).append(';');
      result.append(sep).append(p.name()).append("=$").append(p.name());
      result.append(";").append(p.name()).append("E=$").append(p.name()).append('E');
      sep = ";";
    }
    sb.append(result).append('}');
    return Script.of(
        sb.toString(), String.join(", ", parts.stream().map(Part::cmdlet).distinct().toList()));
  }

  /**
   * Runs the parts on {@code session} in one call.
   *
   * @throws io.exchangekit.core.error.ExchangeConnectorException when the call as a whole failed
   */
  static Answer run(Reads reads, PsSession session, List<Part> parts) {
    Script script = script(parts);
    Envelope e = reads.read(session, script, script.description());
    return new Answer(reads, session, script, e.data());
  }

  /** What the parts answered. */
  static final class Answer {
    private final Reads reads;
    private final PsSession session;
    private final Script script;
    private final JsonNode data;

    private Answer(Reads reads, PsSession session, Script script, JsonNode data) {
      this.reads = reads;
      this.session = session;
      this.script = script;
      this.data = data == null ? Envelope.JSON.nullNode() : data;
    }

    /**
     * The objects {@code part} wrote; empty when Exchange answered that the object it reads does
     * not exist.
     *
     * @throws io.exchangekit.core.error.ExchangeConnectorException for any other failure of the
     *     part, mapped by the error table
     * @throws SessionFailure when the part reports that the remote session is broken
     */
    Optional<List<JsonNode>> rows(Part part) {
      JsonNode error = data.get(part.name() + "E");
      if (error != null && error.isObject()) {
        Envelope.ErrorRecord record =
            new Envelope.ErrorRecord(
                text(error, "reason"),
                text(error, "fqid"),
                text(error, "message"),
                text(error, "category"));
        if (ExchangeErrorTable.classify(record, ExchangeErrorTable.Phase.COMMAND)
            .filter(row -> row == ExchangeErrorTable.NOT_FOUND)
            .isPresent()) {
          return Optional.empty();
        }
        throw reads.failure(session, record, script, part.cmdlet());
      }
      return Optional.of(Json.elements(data.get(part.name())));
    }

    private static String text(JsonNode node, String field) {
      JsonNode v = node.get(field);
      return v == null || v.isNull() ? "" : v.asText();
    }
  }
}
