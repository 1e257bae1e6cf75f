package io.exchangekit.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.exchangekit.emulator.exchange.org.Organisation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Generated organisations and OpenIAM requests for the benchmarks and drills: AD users {@code
 * u000001 …} in the demo organisation, and the requests of a user's life cycle.
 */
public final class Workload {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String META =
      "\"metaData\":{\"login\":\"CONTOSO\\\\svc-exchange\",\"password\":\"not-a-real-password\","
          + "\"url\":\"ex01.contoso.com\"}";

  private Workload() {}

  /** The operation types of the mixed workload, in the order one user goes through them. */
  public enum Op {
    /** SAVE of an AD user without a mailbox: the mailbox is enabled. */
    ENABLE,
    /** SAVE of an existing mailbox that changes one setting. */
    MODIFY,
    /** SUSPEND: client protocols off. */
    SUSPEND,
    /** RESUME: client protocols back on. */
    RESUME,
    /** SAVE of the user's distribution group, adding the user as a member. */
    JOIN_GROUP
  }

  /** The user name of user {@code i}. */
  public static String user(int i) {
    return String.format(Locale.ROOT, "u%06d", i);
  }

  /** The distribution group of user {@code i}. */
  public static String group(int i) {
    return String.format(Locale.ROOT, "g%06d", i);
  }

  /** The demo organisation plus {@code users} AD users, the first {@code withMailbox} with one. */
  public static Organisation organisation(int users, int withMailbox) {
    return Organisation.fromJson(organisationJson(users, withMailbox));
  }

  /** As {@link #organisation}, as organisation JSON. */
  public static String organisationJson(int users, int withMailbox) {
    try {
      ObjectNode root = (ObjectNode) JSON.readTree(Organisation.demo().toJson());
      ArrayNode list = (ArrayNode) root.get("users");
      for (int i = 0; i < users; i++) {
        String name = user(i);
        ObjectNode u = list.addObject();
        u.put("guid", String.format(Locale.ROOT, "00000000-0000-4000-8000-%012d", i));
        u.put("name", name);
        u.put("displayName", "User " + i);
        u.put("userPrincipalName", name + "@contoso.com");
        u.put("samAccountName", name);
        u.put("organizationalUnit", "contoso.com/Users");
        u.put("enabled", true);
        if (i < withMailbox) {
          ObjectNode m = u.putObject("mailbox");
          m.put("alias", name);
          m.putArray("emailAddresses").add("SMTP:" + name + "@contoso.com");
          m.put("database", i % 2 == 0 ? "DB01" : "DB02");
          m.put("retentionPolicy", "Default MRM Policy");
          m.put("sharingPolicy", "Default Sharing Policy");
          m.put("roleAssignmentPolicy", "Default Role Assignment Policy");
        }
        ObjectNode g = ((ArrayNode) root.get("groups")).addObject();
        g.put("guid", String.format(Locale.ROOT, "00000000-0000-4000-9000-%012d", i));
        g.put("name", group(i));
        g.put("displayName", "Group " + i);
        g.put("alias", group(i));
        g.put("samAccountName", group(i));
        g.putArray("emailAddresses").add("SMTP:" + group(i) + "@contoso.com");
        g.put("type", "Distribution");
        g.put("organizationalUnit", "contoso.com/Users");
        g.put("exchangeVisible", true);
      }
      return JSON.writeValueAsString(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The request of operation {@code op} for user {@code i}. */
  public static String request(Op op, int i, String requestId) {
    String head =
        "{\"requestId\":\""
            + requestId
            + "\","
            + META
            + ",\"objectType\":\"USER\",\"identityName\":\""
            + user(i)
            + "@contoso.com\"";
    return switch (op) {
      case ENABLE ->
          head
              + ",\"operation\":\"SAVE\",\"attributes\":[{\"name\":\"Database\",\"values\":[\"DB01\"]},"
              + "{\"name\":\"Alias\",\"values\":[\""
              + user(i)
              + "\"]}]}";
      case MODIFY ->
          head
              + ",\"operation\":\"SAVE\",\"attributes\":["
              + "{\"name\":\"HiddenFromAddressListsEnabled\",\"values\":[\"True\"]}]}";
      case SUSPEND -> head + ",\"operation\":\"SUSPEND\"}";
      case RESUME -> head + ",\"operation\":\"RESUME\"}";
      case JOIN_GROUP ->
          "{\"requestId\":\""
              + requestId
              + "\","
              + META
              + ",\"objectType\":\"GROUP\",\"identityName\":\""
              + group(i)
              + "@contoso.com\",\"operation\":\"SAVE\",\"attributes\":[{\"name\":\"Members\","
              + "\"values\":[\""
              + user(i)
              + "\"],\"operation\":\"ADD\"}]}";
    };
  }

  /** The requests of users {@code 0 … users-1}, each user's life cycle in order, as lists. */
  public static List<List<String>> lifeCycles(int users, String prefix) {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < users; i++) {
      List<String> ops = new ArrayList<>();
      for (Op op : Op.values()) {
        ops.add(request(op, i, prefix + "-" + i + "-" + op.name().toLowerCase(Locale.ROOT)));
      }
      out.add(ops);
    }
    return out;
  }

  /** A DELETE of user {@code i}'s mailbox (the AD user stays). */
  public static String delete(int i, String requestId) {
    return "{\"requestId\":\""
        + requestId
        + "\","
        + META
        + ",\"objectType\":\"USER\",\"identityName\":\""
        + user(i)
        + "@contoso.com\",\"operation\":\"DELETE\"}";
  }

  /** A SEARCH of every mailbox with two attributes. */
  public static String search(String requestId) {
    return "{\"requestId\":\""
        + requestId
        + "\","
        + META
        + ",\"operation\":\"SEARCH\",\"objectType\":\"USER\",\"searchQuery\":\"Get-Mailbox\","
        + "\"requestedAttributes\":[\"PrimarySmtpAddress\",\"Database\"]}";
  }
}
