package io.exchangekit.emulator.exchange.org;

import io.exchangekit.catalog.ExoPropertySets;
import io.exchangekit.emulator.exchange.org.EmulatedCmdlet.Scope;
import io.exchangekit.emulator.exchange.org.Model.User;
import io.exchangekit.emulator.exchange.ps.CmdletHost.CmdletException;
import io.exchangekit.emulator.exchange.ps.CmdletHost.Invocation;
import io.exchangekit.emulator.exchange.ps.PsError;
import io.exchangekit.emulator.exchange.ps.PsObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

/**
 * Exchange Online's REST-backed reads, Get-EXOMailbox, Get-EXOCASMailbox and Get-EXORecipient (in
 * the Online versions only). They find objects as Get-Mailbox, Get-CASMailbox and Get-Recipient do
 * (plus {@code -UserPrincipalName}, {@code -PrimarySmtpAddress}, {@code
 * -ExternalDirectoryObjectId}) but print only the properties asked for: the {@code Minimum} set
 * when no set is named, the named {@code -PropertySets} (from Microsoft's page, vendored in the
 * catalog module as {@link ExoPropertySets}), {@code All} for every property, and single {@code
 * -Properties}. A set the cmdlet's enumeration lacks fails binding as the module's does; an unknown
 * property, or a recipient that is not there, fails as the REST module reports it.
 */
final class ExoReadCmdlets extends CmdletFamily {

  private static final ExoPropertySets SETS = ExoPropertySets.load();

  ExoReadCmdlets(CmdletContext session) {
    super(session);
  }

  static List<EmulatedCmdlet> cmdlets() {
    return List.of(
        EmulatedCmdlet.exchange("Get-EXOMailbox", ExoReadCmdlets::new, ExoReadCmdlets::mailboxes)
            .onlyIn(Scope.ONLINE),
        EmulatedCmdlet.exchange(
                "Get-EXOCASMailbox", ExoReadCmdlets::new, ExoReadCmdlets::casMailboxes)
            .onlyIn(Scope.ONLINE),
        EmulatedCmdlet.exchange("Get-EXORecipient", ExoReadCmdlets::new, ExoReadCmdlets::recipients)
            .onlyIn(Scope.ONLINE));
  }

  private List<Object> mailboxes(Invocation inv) {
    return read(inv, views::mailboxObject, false);
  }

  private List<Object> casMailboxes(Invocation inv) {
    return read(inv, views::casObject, false);
  }

  private List<Object> recipients(Invocation inv) {
    return read(inv, views::mailboxObject, true);
  }

  private List<Object> read(Invocation inv, Function<User, PsObject> view, boolean withGroups) {
    List<String> sets = propertySets(inv);
    List<String> single = arguments.stringList(inv.get("Properties"));
    // the module checks the properties before it calls the service
    Set<String> onObjects = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    onObjects.addAll(view.apply(templateUser()).properties().keySet());
    if (withGroups) {
      onObjects.addAll(views.groupObject(new Model.Group()).properties().keySet());
    }
    checkProperties(inv.command(), single, onObjects);
    List<Object> full;
    String wanted = null;
    try {
      User only = byExactKey(inv);
      if (only != null) {
        full = List.of(view.apply(only));
      } else {
        wanted = inv.has("Identity") ? recipients.identityOf(inv, "Identity") : null;
        full = search.getRecipients(inv, view, u -> true, withGroups);
      }
    } catch (CmdletException e) {
      if (e.error().reason().equals("ManagementObjectNotFoundException")) {
        throw notFound(inv.command(), wanted);
      }
      throw e;
    }
    List<Object> out = new ArrayList<>();
    for (Object o : full) {
      out.add(project(inv.command(), (PsObject) o, sets, single));
    }
    return out;
  }

  /**
   * The user that {@code -UserPrincipalName}, {@code -PrimarySmtpAddress} or {@code
   * -ExternalDirectoryObjectId} name (each matches that property only), null when none is given.
   */
  private User byExactKey(Invocation inv) {
    for (String p :
        List.of("UserPrincipalName", "PrimarySmtpAddress", "ExternalDirectoryObjectId")) {
      if (!inv.has(p) || inv.get(p) == null) {
        continue;
      }
      String value = inv.string(p);
      if (p.equals("ExternalDirectoryObjectId")) {
        value = guid(inv.command(), value);
      }
      for (User u : recipients.visibleUsers()) {
        if (u.mailbox != null && value.equalsIgnoreCase(key(u, p))) {
          return u;
        }
      }
      throw notFound(inv.command(), inv.string(p));
    }
    return null;
  }

  private static String key(User u, String parameter) {
    return switch (parameter) {
      case "UserPrincipalName" -> u.userPrincipalName;
      case "PrimarySmtpAddress" -> ProxyAddresses.primaryOf(u.mailbox);
      default -> u.guid;
    };
  }

  private static String guid(String cmdlet, String value) {
    try {
      return UUID.fromString(value).toString();
    } catch (IllegalArgumentException e) {
      throw new CmdletException(
          PsError.binding(
              "Cannot bind parameter 'ExternalDirectoryObjectId'. Cannot convert value \""
                  + value
                  + "\" to type \"System.Guid\". Error: \"Guid should contain 32 digits with 4"
                  + " dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).\"",
              "CannotConvertArgumentNoMessage",
              cmdlet),
          true);
    }
  }

  /** The named sets, as Microsoft spells them; a name the enumeration lacks fails binding. */
  private List<String> propertySets(Invocation inv) {
    List<String> out = new ArrayList<>();
    for (String name : arguments.stringList(inv.get("PropertySets"))) {
      String set =
          SETS.canonicalSet(inv.command(), name.strip())
              .orElseThrow(
                  () ->
                      ExchangeErrors.notEnumerator(
                          inv.command(),
                          "PropertySets",
                          name,
                          SETS.typeName(inv.command()).orElseThrow(),
                          SETS.enumerators(inv.command()).toArray(String[]::new)));
      out.add(set);
    }
    return out;
  }

  /**
   * Refuses properties the object does not have (in no named set and not on the object), as the
   * module does before it calls the service; wildcards are not accepted.
   */
  private void checkProperties(String cmdlet, List<String> single, Set<String> onObjects) {
    Set<String> valid = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    valid.addAll(SETS.namedSetProperties(cmdlet));
    valid.addAll(onObjects);
    List<String> invalid = new ArrayList<>();
    for (String p : single) {
      if (!valid.contains(p.strip())) {
        invalid.add(p);
      }
    }
    if (!invalid.isEmpty()) {
      // the message is the module's (office-docs-powershell issue #5644); the record's category
      // and reason are an assumption
      throw new CmdletException(
          new PsError(
              "Some of requested properties are not valid. InvalidProperties = "
                  + String.join(",", invalid),
              "InvalidArgument",
              cmdlet,
              "ArgumentException",
              "",
              "InvalidProperties,Microsoft.Exchange.Management.RestApiClient."
                  + restTypeName(cmdlet)),
          true);
    }
  }

  /** The object with the Minimum set, the named sets and the single properties, in that order. */
  private PsObject project(String cmdlet, PsObject full, List<String> sets, List<String> single) {
    if (sets.stream().anyMatch(s -> s.equals(ExoPropertySets.ALL))) {
      PsObject all = PsObject.exchange(full.typeName(), full.toString());
      full.properties().forEach(all::put);
      for (String p : SETS.namedSetProperties(cmdlet)) {
        if (!all.has(p)) {
          all.put(p, valueOf(full, p));
        }
      }
      return all;
    }
    Map<String, String> names = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    List<String> order = new ArrayList<>();
    List<String> wanted = new ArrayList<>(SETS.properties(cmdlet, ExoPropertySets.MINIMUM));
    sets.forEach(s -> wanted.addAll(SETS.properties(cmdlet, s)));
    single.forEach(p -> wanted.add(p.strip()));
    for (String p : wanted) {
      if (names.putIfAbsent(p, p) == null) {
        order.add(p);
      }
    }
    PsObject out = PsObject.exchange(full.typeName(), full.toString());
    for (String p : order) {
      out.put(spelling(full, p), valueOf(full, p));
    }
    return out;
  }

  /**
   * The object's own spelling of a property it has, else the set's (the page spells the recipients'
   * ExternalDirectoryObjectID in capitals; the property is ExternalDirectoryObjectId).
   */
  private static String spelling(PsObject full, String p) {
    for (String k : full.properties().keySet()) {
      if (k.equalsIgnoreCase(p)) {
        return k;
      }
    }
    return p.equalsIgnoreCase("ExternalDirectoryObjectId") ? "ExternalDirectoryObjectId" : p;
  }

  /**
   * A property's value: the object's, or for the few properties only these cmdlets print, what
   * Exchange Online shows; null for what the emulated organisation does not hold.
   */
  private Object valueOf(PsObject full, String p) {
    if (full.has(p)) {
      return full.get(p);
    }
    return switch (p.toLowerCase(java.util.Locale.ROOT)) {
      case "id" -> full.get("Identity");
      case "externaldirectoryobjectid" -> full.get("Guid");
      case "organizationid" -> organizationId();
      case "exchangeversion" -> "0.20 (15.0.0.0)";
      case "emailaddresses" -> emailAddressesOf(full);
      default -> null;
    };
  }

  private Object emailAddressesOf(PsObject cas) {
    Object guid = cas.get("Guid");
    for (User u : recipients.visibleUsers()) {
      if (u.mailbox != null && u.guid.equals(guid)) {
        return new ArrayList<Object>(u.mailbox.emailAddresses);
      }
    }
    return null;
  }

  private String organizationId() {
    String tenant =
        org.state().tenant != null ? org.state().tenant : org.state().acceptedDomains.get(0);
    String forest = "EURP191A001.PROD.OUTLOOK.COM";
    return forest
        + "/Microsoft Exchange Hosted Organizations/"
        + tenant
        + " - "
        + forest
        + "/ConfigurationUnits/"
        + tenant
        + "/Configuration";
  }

  private static User templateUser() {
    User u = new User();
    u.guid = "";
    u.name = "";
    u.mailbox = new Model.Mailbox();
    return u;
  }

  /**
   * A recipient the service did not find, as the REST module reports it: an HTTP 404 whose body
   * carries Exchange's not-found text. The envelope, category, reason and FullyQualifiedErrorId are
   * the module's (office-docs-powershell issue #4333, a Get-EXOMailboxPermission 404); the message
   * inside it is the REST variant of reference §8 ("Error executing request." before Exchange's
   * text is an assumption).
   */
  private CmdletException notFound(String cmdlet, String identity) {
    String text =
        "Error executing request. The operation couldn't be performed because object '"
            + (identity == null ? "" : identity.replace("\"", "\\\""))
            + "' couldn't be found on '"
            + errors().directoryServer()
            + "'.";
    return new CmdletException(
        new PsError(
            "Error while querying REST service. HttpStatusCode=404 ErrorMessage={\"error\":"
                + "{\"code\":\"NotFound\",\"message\":\""
                + text
                + "\",\"innererror\":{\"message\":\""
                + text
                + "\",\"type\":\"Microsoft.Exchange.Admin.OData.Core.ODataServiceException\"}}}",
            "ProtocolError",
            cmdlet,
            "RestClientException",
            "",
            "An error occurred while processing this request.,"
                + "Microsoft.Exchange.Management.RestApiClient."
                + restTypeName(cmdlet)));
  }

  /** GetExoMailbox, GetExoCasMailbox, GetExoRecipient: the module's class names. */
  private static String restTypeName(String cmdlet) {
    return SETS.typeName(cmdlet)
        .map(t -> t.substring(t.lastIndexOf('.') + 1, t.indexOf('+')))
        .orElse(cmdlet.replace("-", ""));
  }
}
