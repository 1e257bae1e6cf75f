package io.exchangekit.emulator.exchange.org;

import io.exchangekit.emulator.exchange.org.Model.Group;
import io.exchangekit.emulator.exchange.org.Model.User;
import io.exchangekit.emulator.exchange.ps.CmdletHost.Invocation;
import io.exchangekit.emulator.exchange.ps.PsObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Reading recipients as the Get- cmdlets do: {@code -Filter} (OPATH over the object's properties),
 * {@code -Anr}, {@code -RecipientTypeDetails}, {@code -OrganizationalUnit}, {@code -Database},
 * {@code -SortBy} and {@code -ResultSize} with its warnings.
 */
final class RecipientSearch {

  private static final int DEFAULT_RESULT_SIZE = 1000;

  private final CmdletContext session;
  private final Organisation org;
  private final RecipientResolver recipients;
  private final ArgumentRules arguments;
  private final RecipientViews views;

  RecipientSearch(CmdletContext session) {
    this.session = session;
    this.org = session.org();
    this.recipients = session.recipients();
    this.arguments = session.arguments();
    this.views = session.views();
  }

  private ExchangeErrors errors() {
    return session.errors();
  }

  List<Object> getRecipients(
      Invocation inv,
      java.util.function.Function<User, PsObject> view,
      Predicate<User> include,
      boolean withGroups) {
    List<Object> out = new ArrayList<>();
    Predicate<PsObject> f = filter(inv, views.templateMailbox());
    Set<String> types = new LinkedHashSet<>(arguments.stringList(inv.get("RecipientTypeDetails")));
    String anr = inv.string("Anr");
    String database =
        inv.has("Database") ? arguments.database(inv, "Database", org.state().databases) : null;
    String ou = inv.has("OrganizationalUnit") ? arguments.organisationalUnit(inv) : null;
    if (inv.has("Identity") && inv.get("Identity") != null) {
      if (withGroups) {
        String guid =
            recipients.recipientGuid(inv.command(), recipients.identityOf(inv, "Identity"));
        for (User u : recipients.visibleUsers()) {
          if (u.guid.equals(guid)) {
            return List.of(view.apply(u));
          }
        }
        for (Group g : org.state().groups) {
          if (g.guid.equals(guid)) {
            return List.of(views.groupObject(g));
          }
        }
      }
      return List.of(view.apply(recipients.mailboxUser(inv, "Identity")));
    }
    for (User u : recipients.visibleUsers()) {
      if (u.mailbox == null || !include.test(u)) {
        continue;
      }
      if (inv.has("Filter") && !f.test(views.mailboxObject(u))) {
        continue;
      }
      if (!types.isEmpty()
          && types.stream()
              .noneMatch(t -> t.equalsIgnoreCase(RecipientViews.recipientTypeDetails(u)))) {
        continue;
      }
      if (anr != null && !anrMatches(anr, u)) {
        continue;
      }
      if (ou != null && !ou.equalsIgnoreCase(u.organizationalUnit)) {
        continue;
      }
      if (database != null && !database.equalsIgnoreCase(u.mailbox.database)) {
        continue;
      }
      out.add(view.apply(u));
    }
    if (withGroups) {
      for (Group g : org.state().groups) {
        if (!g.exchangeVisible) {
          continue;
        }
        PsObject o = views.groupObject(g);
        if (!inv.has("Filter")
            && database == null
            && (ou == null || ou.equalsIgnoreCase(g.organizationalUnit))
            && (anr == null || anrMatches(anr, g))
            && (types.isEmpty()
                || types.stream()
                    .anyMatch(t -> t.equalsIgnoreCase((String) o.get("RecipientTypeDetails"))))) {
          out.add(o);
        }
      }
    }
    return limit(inv, sorted(inv, out));
  }

  /**
   * Ambiguous name resolution as Exchange documents it: a prefix match (any case) on the name,
   * display name, first and last name, alias, SMTP addresses and samAccountName.
   */
  static boolean anrMatches(String anr, User u) {
    List<String> values = new ArrayList<>();
    values.addAll(
        java.util.Arrays.asList(u.name, u.displayName, u.firstName, u.lastName, u.samAccountName));
    if (u.mailbox != null) {
      values.add(u.mailbox.alias);
      u.mailbox.emailAddresses.forEach(a -> values.add(ProxyAddresses.stripPrefix(a)));
    }
    return anrMatches(anr, values.toArray(String[]::new));
  }

  static boolean anrMatches(String anr, Group g) {
    List<String> values = new ArrayList<>(List.of(nullToEmpty(g.name)));
    values.addAll(java.util.Arrays.asList(g.displayName, g.alias, g.samAccountName));
    g.emailAddresses.forEach(a -> values.add(ProxyAddresses.stripPrefix(a)));
    return anrMatches(anr, values.toArray(String[]::new));
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  /**
   * {@code -SortBy Property}: ascending, by the property's text, any case. A property the objects
   * do not have fails (assumption: text modelled on Exchange's sort errors).
   */
  List<Object> sorted(Invocation inv, List<Object> out) {
    String by = inv.has("SortBy") ? inv.string("SortBy") : null;
    if (by == null || out.isEmpty()) {
      return out;
    }
    PsObject first = (PsObject) out.get(0);
    String known = null;
    for (String k : first.properties().keySet()) {
      if (k.equalsIgnoreCase(by)) {
        known = k;
      }
    }
    if (known == null) {
      throw errors().cannotSortBy(inv.command(), by);
    }
    String key = known;
    List<Object> copy = new ArrayList<>(out);
    copy.sort(
        java.util.Comparator.comparing(
            o -> String.valueOf(((PsObject) o).get(key)), String.CASE_INSENSITIVE_ORDER));
    return copy;
  }

  static boolean anrMatches(String anr, String... values) {
    for (String v : values) {
      if (v != null && v.toLowerCase(Locale.ROOT).startsWith(anr.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  int resultSize(Invocation inv) {
    if (!inv.has("ResultSize")) {
      return DEFAULT_RESULT_SIZE;
    }
    String v = inv.string("ResultSize");
    if (v.equalsIgnoreCase("Unlimited")) {
      return Integer.MAX_VALUE;
    }
    try {
      int n = Integer.parseInt(v.trim());
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // fall through to the binder's message
    }
    throw ExchangeErrors.invalidResultSize(inv.command(), v);
  }

  List<Object> limit(Invocation inv, List<Object> all) {
    int size = resultSize(inv);
    if (all.size() <= size) {
      return all;
    }
    inv.warn(ExchangeErrors.moreResultsWarning(inv.has("ResultSize")));
    return new ArrayList<>(all.subList(0, size));
  }

  Predicate<PsObject> filter(Invocation inv, PsObject template) {
    if (!inv.has("Filter") || inv.get("Filter") == null) {
      return o -> true;
    }
    Set<String> known = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    known.addAll(template.properties().keySet());
    try {
      return OpathFilter.parse(inv.string("Filter"), known);
    } catch (OpathFilter.InvalidFilter e) {
      throw ExchangeErrors.invalidFilter(inv.command(), e.getMessage());
    }
  }
}
