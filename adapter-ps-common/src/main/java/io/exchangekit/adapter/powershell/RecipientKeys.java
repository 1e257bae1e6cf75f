package io.exchangekit.adapter.powershell;

import com.fasterxml.jackson.databind.JsonNode;
import io.exchangekit.core.recipient.KnownRecipient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Recipient lists resolved to who they name. Exchange prints ModeratedBy, ManagedBy and the like as
 * it stores them, not as they were set: on-premises a remote session deserializes each ADObjectId
 * to its canonical name ({@code contoso.com/Users/Bob Smith}); Exchange Online prints the Name,
 * which for recently created cloud recipients is their ExternalDirectoryObjectId. The state read
 * therefore asks Get-Recipient for each distinct printed value inside the same remote call, and
 * this class turns the answers into {@link KnownRecipient}s: the key is the recipient's GUID (its
 * ExternalDirectoryObjectId online, where it has one), the names everything a request may call it.
 * A value Get-Recipient does not resolve (deleted, ambiguous) stays known only by its printed text.
 */
final class RecipientKeys {
  /** The properties that name a recipient, read from Get-Recipient or Get-*Member. */
  private static final List<String> NAMES =
      List.of(
          "Name",
          "Alias",
          "PrimarySmtpAddress",
          "WindowsEmailAddress",
          "UserPrincipalName",
          "DistinguishedName",
          "SamAccountName",
          "Identity");

  private final Map<String, KnownRecipient> byPrinted;

  private RecipientKeys(Map<String, KnownRecipient> byPrinted) {
    this.byPrinted = byPrinted;
  }

  /**
   * {@code Select-Object} of the key and names of a recipient, each cast to text; {@code printed}
   * is a leading calculated property or empty.
   */
  static String selectNames(String printed) {
    StringBuilder sb = new StringBuilder("Select-Object -Property ");
    sb.append(printed);
    String sep = printed.isEmpty() ? "" : ",";
    List<String> asText = new ArrayList<>(List.of("Guid", "ExternalDirectoryObjectId"));
    asText.addAll(NAMES);
    for (String p : asText) {
      sb.append(sep).append("@{n=").append(PowerShellText.quote(p));
      sb.append(";e={[string]$_.").append(p).append("}}");
      sep = ",";
    }
    sb.append(",@{n='EmailAddresses';e={@($_.EmailAddresses|ForEach-Object{[string]$_})}}");
    return sb.toString();
  }

  /**
   * A part that resolves every distinct value the {@code properties} of the objects in {@code
   * source} (a variable of an earlier part) list, one Get-Recipient each; a value that does not
   * resolve writes nothing.
   */
  static FusedRead.Part resolvePart(
      String name, String source, List<String> properties, ReadCmdlets cmdlets) {
    String values = String.join(";", properties.stream().map(p -> "$_." + p).toList());
    String cmdlet = cmdlets.cmdlet(ReadCmdlets.Kind.RECIPIENT);
    List<String> read = new ArrayList<>(List.of("Guid", "ExternalDirectoryObjectId"));
    read.addAll(NAMES);
    read.add("EmailAddresses");
    return new FusedRead.Part(
        name,
        cmdlet,
        source
            + "|ForEach-Object{"
            + values
            + "}|Where-Object{$_}|ForEach-Object{[string]$_}|Select-Object -Unique"
            + "|ForEach-Object{$v=$_;"
            + cmdlet
            + " -Identity $v"
            + ReadCmdlets.selection(cmdlet, read)
            + " -ErrorAction SilentlyContinue -WarningAction SilentlyContinue 3>$null|"
            + selectNames("@{n='Printed';e={$v}}")
            + "}");
  }

  /** The resolutions a {@link #resolvePart} answered. */
  static RecipientKeys of(List<JsonNode> rows, boolean online) {
    Map<String, KnownRecipient> byPrinted = new LinkedHashMap<>();
    for (JsonNode row : rows) {
      Optional<String> printed = Json.text(row.get("Printed"));
      Optional<KnownRecipient> r = recipient(row, online);
      if (printed.isPresent() && r.isPresent()) {
        // an ambiguous value answers twice: it names no one recipient
        String k = fold(printed.get());
        byPrinted.put(k, byPrinted.containsKey(k) ? null : withName(r.get(), printed.get()));
      }
    }
    byPrinted.values().removeIf(java.util.Objects::isNull);
    return new RecipientKeys(byPrinted);
  }

  /** The recipients of a list as printed, each resolved where it was. */
  List<KnownRecipient> listed(JsonNode printedList) {
    List<KnownRecipient> out = new ArrayList<>();
    for (String t : Json.texts(printedList)) {
      if (!t.isBlank()) {
        out.add(byPrinted.getOrDefault(fold(t), KnownRecipient.unresolved(t)));
      }
    }
    return out;
  }

  /** A recipient object's key and names; empty when it carries neither a GUID nor a name. */
  static Optional<KnownRecipient> recipient(JsonNode row, boolean online) {
    Optional<String> key =
        (online ? Json.text(row.get("ExternalDirectoryObjectId")) : Optional.<String>empty())
            .filter(k -> !k.isBlank())
            .or(() -> Json.text(row.get("Guid")).filter(k -> !k.isBlank()))
            .or(() -> Json.text(row.get("PrimarySmtpAddress")).filter(k -> !k.isBlank()))
            .or(() -> Json.text(row.get("Name")).filter(k -> !k.isBlank()));
    if (key.isEmpty()) {
      return Optional.empty();
    }
    List<String> names = new ArrayList<>();
    Json.text(row.get("Guid")).ifPresent(names::add);
    Json.text(row.get("ExternalDirectoryObjectId")).ifPresent(names::add);
    for (String n : NAMES) {
      Json.text(row.get(n)).ifPresent(names::add);
    }
    Optional<String> sam = Json.text(row.get("SamAccountName")).filter(t -> !t.isBlank());
    Optional<String> domain =
        Json.text(row.get("DistinguishedName")).flatMap(RecipientKeys::firstDomainComponent);
    if (sam.isPresent() && domain.isPresent()) {
      // DOMAIN\sam as requests write it; the NetBIOS name is not in the output, and is usually
      // the first label of the DNS domain (a domain named otherwise is matched by its other names)
      names.add(domain.get() + "\\" + sam.get());
    }
    for (String address : Json.texts(row.get("EmailAddresses"))) {
      // proxy addresses print with their type (SMTP: primary, smtp: secondary); requests name
      // the address itself
      int colon = address.indexOf(':');
      if (colon > 0 && address.substring(0, colon).equalsIgnoreCase("smtp")) {
        names.add(address.substring(colon + 1));
      }
    }
    return Optional.of(KnownRecipient.of(key.get(), names));
  }

  /** {@code contoso} of {@code CN=bob,CN=Users,DC=contoso,DC=com}. */
  static Optional<String> firstDomainComponent(String distinguishedName) {
    for (String rdn : distinguishedName.split(",")) {
      String t = rdn.strip();
      if (t.regionMatches(true, 0, "DC=", 0, 3) && t.length() > 3) {
        return Optional.of(t.substring(3));
      }
    }
    return Optional.empty();
  }

  private static KnownRecipient withName(KnownRecipient r, String printed) {
    List<String> names = new ArrayList<>(r.names());
    names.add(printed);
    return KnownRecipient.of(r.key(), names);
  }

  private static String fold(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }
}
