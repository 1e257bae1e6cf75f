package io.exchangekit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import io.exchangekit.emulator.exchange.org.Organisation;
import java.util.HashMap;
import java.util.Map;

/** Reads an emulated organisation's users for the drills' final-state checks. */
final class Organisations {
  private Organisations() {}

  /** The user's mailbox by user name (a missing node when the user has none). */
  static Map<String, JsonNode> mailboxes(Organisation organisation) {
    Map<String, JsonNode> out = new HashMap<>();
    for (JsonNode u : Responses.read(organisation.toJson()).path("users")) {
      out.put(u.path("name").asText(), u.path("mailbox"));
    }
    return out;
  }

  /** Each group's members by group name. */
  static Map<String, java.util.List<String>> groupMembers(Organisation organisation) {
    Map<String, java.util.List<String>> out = new HashMap<>();
    for (JsonNode g : Responses.read(organisation.toJson()).path("groups")) {
      java.util.List<String> members = new java.util.ArrayList<>();
      g.path("members").forEach(m -> members.add(m.asText()));
      out.put(g.path("name").asText(), members);
    }
    return out;
  }

  static boolean protocolsOn(JsonNode mailbox) {
    boolean on = true;
    for (JsonNode v : mailbox.path("protocols")) {
      on &= v.asBoolean();
    }
    return on && mailbox.path("protocols").size() > 0;
  }

  static boolean protocolsOff(JsonNode mailbox) {
    boolean off = true;
    for (JsonNode v : mailbox.path("protocols")) {
      off &= !v.asBoolean();
    }
    return off && mailbox.path("protocols").size() > 0;
  }
}
