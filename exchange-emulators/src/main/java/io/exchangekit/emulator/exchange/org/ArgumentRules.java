package io.exchangekit.emulator.exchange.org;

import io.exchangekit.emulator.exchange.ps.CmdletHost.Invocation;
import io.exchangekit.emulator.exchange.ps.PsObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules for the arguments the cmdlets interpret themselves: SMTP addresses in an accepted
 * domain, databases, policies and organisational units that exist, enumerations, and multi-valued
 * arguments (a list replaces, {@code @{Add=..;Remove=..}} edits).
 */
final class ArgumentRules {

  private final CmdletContext session;
  private final Organisation org;
  private final RecipientResolver recipients;

  ArgumentRules(CmdletContext session) {
    this.session = session;
    this.org = session.org();
    this.recipients = session.recipients();
  }

  private ExchangeErrors errors() {
    return session.errors();
  }

  String smtp(Invocation inv, String param, String value) {
    if (value == null) {
      return null;
    }
    String v = ProxyAddresses.stripPrefix(value);
    if (!v.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw ExchangeErrors.notSmtpAddress(inv.command(), param, value);
    }
    String domain = v.substring(v.indexOf('@') + 1);
    boolean accepted =
        org.state().acceptedDomains.stream().anyMatch(d -> d.equalsIgnoreCase(domain));
    if (!accepted) {
      throw errors().domainNotAccepted(inv.command(), v, domain);
    }
    return v;
  }

  String database(Invocation inv, String param, List<String> known) {
    String db = inv.string(param);
    if (db == null) {
      return null;
    }
    for (String k : known) {
      if (k.equalsIgnoreCase(db)) {
        return k;
      }
    }
    throw errors().databaseNotFound(inv.command(), db);
  }

  String policy(Invocation inv, String param, List<String> known) {
    if (!inv.has(param)) {
      return null;
    }
    Object v = inv.get(param);
    if (v == null) {
      return null;
    }
    String name = inv.string(param);
    for (String k : known) {
      if (k.equalsIgnoreCase(name)) {
        return k;
      }
    }
    throw errors().objectNotFound(inv.command(), name);
  }

  String organisationalUnit(Invocation inv) {
    return organisationalUnit(inv, "OrganizationalUnit");
  }

  /** The OU a parameter names (New-RemoteMailbox calls it OnPremisesOrganizationalUnit). */
  String organisationalUnit(Invocation inv, String param) {
    String ou = inv.string(param);
    if (ou == null) {
      return org.state().organizationalUnits.isEmpty()
          ? org.state().acceptedDomains.get(0) + "/Users"
          : org.state().organizationalUnits.get(0);
    }
    for (String k : org.state().organizationalUnits) {
      if (k.equalsIgnoreCase(ou) || dnOfOu(k).equalsIgnoreCase(ou)) {
        return k;
      }
    }
    throw errors().organisationalUnitNotFound(inv.command(), ou);
  }

  String dnOfOu(String canonical) {
    String d = recipients.dn("x", canonical);
    return d.substring(d.indexOf(',') + 1);
  }

  String enumValue(Invocation inv, String param, String type, String... allowed) {
    if (!inv.has(param)) {
      return null;
    }
    String v = inv.string(param);
    for (String a : allowed) {
      if (a.equalsIgnoreCase(v)) {
        return a;
      }
    }
    throw ExchangeErrors.notEnumerator(inv.command(), param, v, type, allowed);
  }

  List<String> stringList(Object v) {
    List<String> out = new ArrayList<>();
    if (v instanceof List<?> list) {
      for (Object o : list) {
        out.addAll(stringList(o));
      }
    } else if (v instanceof PsObject p && p.kind() != PsObject.Kind.HASHTABLE) {
      Object id = p.has("Identity") ? p.get("Identity") : p.get("Name");
      out.add(String.valueOf(id));
    } else if (v != null) {
      out.add(v instanceof Boolean b ? (b ? "True" : "False") : v.toString());
    }
    return out;
  }

  /** Applies a multi-valued argument: a list replaces, {@code @{Add=..;Remove=..}} edits. */
  List<String> multiValued(
      List<String> current, Object arg, java.util.function.UnaryOperator<String> resolve) {
    List<String> result = new ArrayList<>(current);
    if (arg instanceof PsObject h && h.kind() == PsObject.Kind.HASHTABLE) {
      for (String key : h.properties().keySet()) {
        String k = key.toLowerCase(Locale.ROOT);
        if (!k.equals("add") && !k.equals("remove")) {
          throw ExchangeErrors.invalidMultiValuedKey(key);
        }
      }
      for (String a : stringList(h.get("Add"))) {
        String r = resolve.apply(a);
        if (result.stream().noneMatch(x -> x.equalsIgnoreCase(r))) {
          result.add(r);
        }
      }
      for (String a : stringList(h.get("Remove"))) {
        String r = resolve.apply(a);
        result.removeIf(x -> x.equalsIgnoreCase(r));
      }
      return result;
    }
    result.clear();
    for (String a : stringList(arg)) {
      result.add(resolve.apply(a));
    }
    return result;
  }
}
