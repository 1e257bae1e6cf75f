package io.exchangekit.adapter.powershell;

import io.exchangekit.catalog.CmdletCatalog;
import io.exchangekit.catalog.ExoPropertySets;
import io.exchangekit.core.mode.ExchangeVersion;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Which cmdlet, and which selection of properties, reads a mailbox, a CAS mailbox or a recipient on
 * a backend. Exchange Server reads with Get-Mailbox, Get-CASMailbox and Get-Recipient, which print
 * every property. Exchange Online reads with the REST-backed Get-EXOMailbox, Get-EXOCASMailbox and
 * Get-EXORecipient (Microsoft's recommended reads), which print only the {@code Minimum} property
 * set unless asked for more: the selection names with {@code -Properties} each wanted property the
 * Minimum lacks, when Microsoft's property-set page lists it (or it is {@code Identity}, every
 * object's key); a property the page does not list (or {@code *}) is read with {@code -PropertySets
 * All}, which holds every property of the object, so a name the object lacks reads as empty, as it
 * does on Exchange Server, instead of failing the read.
 */
final class ReadCmdlets {

  /** What is read. */
  enum Kind {
    MAILBOX("Get-Mailbox", "Get-EXOMailbox"),
    CAS_MAILBOX("Get-CASMailbox", "Get-EXOCASMailbox"),
    RECIPIENT("Get-Recipient", "Get-EXORecipient");

    private final String serverCmdlet;
    private final String restCmdlet;

    Kind(String serverCmdlet, String restCmdlet) {
      this.serverCmdlet = serverCmdlet;
      this.restCmdlet = restCmdlet;
    }

    static Optional<Kind> ofServerCmdlet(String cmdlet) {
      for (Kind k : values()) {
        if (k.serverCmdlet.equalsIgnoreCase(cmdlet)) {
          return Optional.of(k);
        }
      }
      return Optional.empty();
    }
  }

  private static final CmdletCatalog CATALOG = CmdletCatalog.load();
  private static final ExoPropertySets SETS = ExoPropertySets.load();

  private final ExchangeVersion version;

  private ReadCmdlets(ExchangeVersion version) {
    this.version = version;
  }

  static ReadCmdlets forVersion(ExchangeVersion version) {
    return new ReadCmdlets(version);
  }

  /** Whether this backend reads with the REST-backed cmdlets. */
  boolean rest() {
    return version.isOnline();
  }

  /** The cmdlet that reads {@code kind} on this backend. */
  String cmdlet(Kind kind) {
    return rest() ? kind.restCmdlet : kind.serverCmdlet;
  }

  /**
   * The parameters that make {@code cmdlet} print {@code properties} (a leading space, or empty):
   * nothing for a cmdlet that prints every property; for a REST read, {@code -Properties} with what
   * the Minimum set lacks, or {@code -PropertySets 'All'}.
   */
  static String selection(String cmdlet, Collection<String> properties) {
    if (!SETS.hasPropertySets(cmdlet)) {
      return "";
    }
    List<String> extra = new ArrayList<>();
    for (String p : properties) {
      if (p.equals("*")
          || !(p.equalsIgnoreCase("Identity") || SETS.namedSetProperties(cmdlet).contains(p))) {
        return " -PropertySets " + PowerShellText.quote(ExoPropertySets.ALL);
      }
      if (!SETS.inMinimum(cmdlet, p) && extra.stream().noneMatch(p::equalsIgnoreCase)) {
        extra.add(p);
      }
    }
    if (extra.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder(" -Properties ");
    String sep = "";
    for (String p : extra) {
      sb.append(sep).append(PowerShellText.quote(p));
      sep = ",";
    }
    return sb.toString();
  }

  /**
   * {@code Cmdlet -Identity '…' [selection] -ErrorAction Stop …}: reads one object of {@code kind}
   * with at least {@code properties}.
   */
  String read(Kind kind, String identity, Collection<String> properties) {
    String cmdlet = cmdlet(kind);
    return Reads.get(cmdlet, identity, selection(cmdlet, properties));
  }

  /**
   * The cmdlet that runs a search named by {@code cmdlet} with the parameters {@code parameters}
   * (catalog names): on Exchange Online the REST read of the same objects when the catalog gives it
   * every one of those parameters there, else {@code cmdlet} itself.
   */
  String searchCmdlet(String cmdlet, Collection<String> parameters) {
    Optional<Kind> kind = Kind.ofServerCmdlet(cmdlet);
    if (!rest() || kind.isEmpty()) {
      return cmdlet;
    }
    String restCmdlet = kind.get().restCmdlet;
    String product = version.productName();
    if (!CATALOG.isCmdletApplicable(restCmdlet, product)) {
      return cmdlet;
    }
    for (String p : parameters) {
      if (!CATALOG.isApplicable(restCmdlet, p, product)
          || CATALOG.isSwitch(restCmdlet, p) != CATALOG.isSwitch(cmdlet, p)
          || isList(restCmdlet, p) != isList(cmdlet, p)) {
        return cmdlet;
      }
    }
    return restCmdlet;
  }

  private static boolean isList(String cmdlet, String parameter) {
    String type = CATALOG.type(cmdlet, parameter);
    return type != null && type.endsWith("[]");
  }
}
