package io.exchangekit.core.arbitraries;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.exchangekit.core.license.AccountSkuId;
import io.exchangekit.core.license.LicenseSelection;
import io.exchangekit.core.license.ServicePlan;
import io.exchangekit.core.license.ServicePlanName;
import io.exchangekit.core.license.SubscribedSku;
import io.exchangekit.core.mailbox.Initials;
import io.exchangekit.core.mailbox.MailboxName;
import io.exchangekit.core.mailbox.MailboxParameter;
import io.exchangekit.core.mailbox.MailboxSettings;
import io.exchangekit.core.mailbox.MailboxType;
import io.exchangekit.core.mailbox.MultiValue;
import io.exchangekit.core.mailbox.SamAccountName;
import io.exchangekit.core.mailbox.SendModerationNotifications;
import io.exchangekit.core.mailbox.ValueOperation;
import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.recipient.Alias;
import io.exchangekit.core.recipient.DisplayName;
import io.exchangekit.core.recipient.ObjectName;
import io.exchangekit.core.recipient.PersonName;
import io.exchangekit.core.recipient.RecipientIdentity;
import io.exchangekit.core.recipient.Secret;
import io.exchangekit.core.recipient.SmtpAddress;
import io.exchangekit.core.recipient.Texts;
import io.exchangekit.core.recipient.UsageLocation;
import io.exchangekit.core.recipient.UserPrincipalName;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.quicktheories.core.Gen;

/**
 * Generators for the Exchange vocabulary, built through the records' own constructors so that
 * generated values pass the same validation as real ones; plus hostile strings for quoting tests.
 */
public final class ExchangeGenerators {
  private ExchangeGenerators() {}

  /** Lower-case letters and digits, starting with a letter. */
  public static Gen<String> words(int min, int max) {
    return strings()
        .betweenCodePoints('a', 'z')
        .ofLengthBetween(min, max)
        .zip(integers().between(0, 999), (w, n) -> w + (n % 3 == 0 ? String.valueOf(n) : ""));
  }

  public static Gen<String> domains() {
    return arbitrary().pick(List.of("contoso.com", "contoso.onmicrosoft.com", "fabrikam.org"));
  }

  public static Gen<UserPrincipalName> userPrincipalNames() {
    return words(1, 12)
        .zip(words(0, 8), (a, b) -> b.isEmpty() ? a : a + "." + b)
        .zip(domains(), (local, domain) -> UserPrincipalName.of(local + "@" + domain));
  }

  public static Gen<SmtpAddress> smtpAddresses() {
    return userPrincipalNames().map(u -> SmtpAddress.of(u.value()));
  }

  public static Gen<Alias> aliases() {
    return words(1, 20).map(Alias::of);
  }

  /** Free text with spaces, accents, curly quotes and non-BMP characters, no control characters. */
  public static Gen<String> freeText(int max) {
    return lists()
        .of(integers().between(0x20, 0x1F64F))
        .ofSizeBetween(1, max)
        .map(
            cps -> {
              StringBuilder b = new StringBuilder();
              for (int cp : cps) {
                b.appendCodePoint(Texts.isAllowed(cp) ? cp : 'x');
              }
              return b.toString().isBlank() ? "x" + b : b.toString();
            });
  }

  public static Gen<DisplayName> displayNames() {
    return freeText(40).map(DisplayName::of);
  }

  static boolean isClean(String s) {
    return Texts.firstForbidden(s) < 0;
  }

  public static Gen<MailboxName> mailboxNames() {
    return freeText(30).map(MailboxName::of);
  }

  public static Gen<SamAccountName> samAccountNames() {
    return words(1, 16).map(SamAccountName::of);
  }

  public static Gen<Initials> initials() {
    return strings().betweenCodePoints('A', 'Z').ofLengthBetween(1, 6).map(Initials::of);
  }

  public static Gen<UsageLocation> usageLocations() {
    return arbitrary().pick(List.copyOf(UsageLocation.codes())).map(UsageLocation::of);
  }

  public static Gen<ConnectorMode> connectorModes() {
    return arbitrary().pick(ConnectorMode.all());
  }

  public static Gen<ExchangeVersion> onPremisesVersions() {
    return arbitrary().pick(List.copyOf(EnumSet.complementOf(EnumSet.of(ExchangeVersion.ONLINE))));
  }

  /** A mode together with a version that mode can target. */
  public static Gen<ConnectorMode> modesFor(ExchangeVersion version) {
    return arbitrary()
        .pick(
            ConnectorMode.all().stream().filter(m -> m.isOnline() == version.isOnline()).toList());
  }

  public static Gen<MailboxType> mailboxTypes() {
    return arbitrary().enumValues(MailboxType.class);
  }

  public static Gen<RecipientIdentity> identities() {
    return words(1, 12).map(RecipientIdentity::of);
  }

  /** A value of the parameter's type, or null for the structured LICENSES parameter. */
  public static Gen<Object> valuesOf(MailboxParameter p) {
    return switch (p) {
      case USER_PRINCIPAL_NAME -> userPrincipalNames().map(v -> (Object) v);
      case NAME -> mailboxNames().map(v -> (Object) v);
      case PASSWORD -> words(8, 16).map(w -> (Object) Secret.of("P@" + w));
      case MAILBOX_TYPE -> mailboxTypes().map(v -> (Object) v);
      case ALIAS -> aliases().map(v -> (Object) v);
      case DISPLAY_NAME -> displayNames().map(v -> (Object) v);
      case FIRST_NAME, LAST_NAME -> words(1, 20).map(w -> (Object) PersonName.of(w));
      case INITIALS -> initials().map(v -> (Object) v);
      case SAM_ACCOUNT_NAME -> samAccountNames().map(v -> (Object) v);
      case PRIMARY_SMTP_ADDRESS -> smtpAddresses().map(v -> (Object) v);
      case SEND_MODERATION_NOTIFICATIONS ->
          arbitrary().enumValues(SendModerationNotifications.class).map(v -> (Object) v);
      case IS_ARCHIVE,
          MANAGED_FOLDER_MAILBOX_POLICY_ALLOWED,
          RESET_PASSWORD_ON_NEXT_LOGON,
          ACCOUNT_DISABLED,
          HIDDEN_FROM_ADDRESS_LISTS ->
          booleans().all().map(v -> (Object) v);
      case ARBITRATION_MAILBOX -> identities().map(v -> (Object) v);
      case MODERATED_BY ->
          lists()
              .of(identities())
              .ofSizeBetween(0, 3)
              .map(l -> (Object) MultiValue.replace(dedupe(l)));
      case FULL_ACCESS, SEND_AS, SEND_ON_BEHALF ->
          lists()
              .of(identities())
              .ofSizeBetween(0, 3)
              .zip(
                  arbitrary().enumValues(ValueOperation.class),
                  (l, op) -> (Object) new MultiValue(op, dedupe(l)));
      case FULL_ACCESS_AUTO_MAPPING -> booleans().all().map(v -> (Object) v);
      case USAGE_LOCATION -> usageLocations().map(v -> (Object) v);
      case LICENSES -> arbitrary().constant(List.of()).map(v -> (Object) v);
      default -> words(1, 20).map(w -> (Object) ObjectName.of(w.toUpperCase()));
    };
  }

  static List<RecipientIdentity> dedupe(List<RecipientIdentity> l) {
    Set<String> seen = new LinkedHashSet<>();
    List<RecipientIdentity> out = new ArrayList<>();
    for (RecipientIdentity i : l) {
      if (seen.add(i.value().toLowerCase())) {
        out.add(i);
      }
    }
    return out;
  }

  /** Settings that set a random subset of the single-valued and list parameters. */
  public static Gen<MailboxSettings> mailboxSettings() {
    List<MailboxParameter> params =
        List.of(MailboxParameter.values()).stream()
            .filter(p -> p != MailboxParameter.LICENSES)
            .toList();
    Gen<List<Object>> all = null;
    for (MailboxParameter p : params) {
      Gen<Object> v = booleans().all().zip(valuesOf(p), (keep, value) -> keep ? value : null);
      all =
          all == null
              ? v.map(
                  x -> {
                    List<Object> l = new ArrayList<>();
                    l.add(x);
                    return l;
                  })
              : all.zip(
                  v,
                  (l, x) -> {
                    List<Object> c = new ArrayList<>(l);
                    c.add(x);
                    return c;
                  });
    }
    return all.map(
        values -> {
          MailboxSettings.Builder b = MailboxSettings.builder();
          for (int i = 0; i < params.size(); i++) {
            if (values.get(i) != null) {
              b.set(params.get(i), values.get(i));
            }
          }
          return b.build();
        });
  }

  /** Strings that try every trick against a PowerShell command line. */
  public static Gen<String> hostileStrings() {
    Gen<String> fragments =
        arbitrary()
            .pick(
                List.of(
                    "'",
                    "\u2018",
                    "\u2019",
                    "\u201A",
                    "\u201B",
                    "''",
                    "\"",
                    "\u201C",
                    "\u201D",
                    "$(Remove-Mailbox x -Confirm:$false)",
                    "$env:PATH",
                    "`",
                    "`n",
                    ";",
                    "|",
                    "&",
                    "@{a=1}",
                    "-Confirm:$false",
                    "#",
                    "<#",
                    "#>",
                    "\uD83D\uDE00",
                    "\uD835\uDD6B",
                    "O'Brien",
                    "x'; Remove-Mailbox x -Confirm:$false; '",
                    "\u2013Identity",
                    " ",
                    "{",
                    "}",
                    "(",
                    ")",
                    "[",
                    "]",
                    ",",
                    "%",
                    "$_",
                    "$true",
                    "\\"));
    return lists().of(fragments.mix(words(1, 5))).ofSizeBetween(1, 8).map(l -> String.join("", l));
  }

  /** A small SKU catalog shaped like the demo tenant's, with real identifiers. */
  public static List<SubscribedSku> demoSkus(String tenant) {
    return List.of(
        new SubscribedSku(
            tenant,
            UUID.fromString("6fd2c87f-b296-42f0-b197-1e91e994b900"),
            "ENTERPRISEPACK",
            List.of(
                new ServicePlan(
                    UUID.fromString("efb87545-963c-4e0d-99df-69c6916d9eb0"),
                    "EXCHANGE_S_ENTERPRISE"),
                new ServicePlan(UUID.fromString("a23b959c-7ce8-4e57-9140-b90eb88a9e97"), "SWAY"),
                new ServicePlan(
                    UUID.fromString("76846ad7-7776-4c40-a281-a386362dd1b9"), "FLOW_O365_P2"),
                new ServicePlan(UUID.fromString("57ff2da0-773e-42df-b2af-ffb7a2317929"), "TEAMS1"),
                new ServicePlan(
                    UUID.fromString("5dbe027f-2339-4123-9542-606e4d348a72"),
                    "SHAREPOINTENTERPRISE")),
            25,
            0),
        new SubscribedSku(
            tenant,
            UUID.fromString("a403ebcc-fae0-4ca2-8c8c-7a907fd6c235"),
            "POWER_BI_STANDARD",
            List.of(
                new ServicePlan(
                    UUID.fromString("113feb6c-3fe4-4440-bddc-54d774bf0318"),
                    "EXCHANGE_S_FOUNDATION"),
                new ServicePlan(
                    UUID.fromString("2049e525-b859-401b-b2a0-e0a31c4b1fe4"), "BI_AZURE_P0")),
            100,
            0));
  }

  /** Random selections over the given SKUs: a subset of SKUs, each with a subset of its plans. */
  public static Gen<List<LicenseSelection>> selections(List<SubscribedSku> skus) {
    Gen<List<LicenseSelection>> result =
        arbitrary()
            .constant(List.of())
            .map(l -> (List<LicenseSelection>) new ArrayList<LicenseSelection>());
    for (SubscribedSku sku : skus) {
      Gen<List<Boolean>> mask = lists().of(booleans().all()).ofSize(sku.servicePlans().size());
      Gen<LicenseSelection> one =
          mask.map(
              m -> {
                Set<ServicePlanName> disabled = new LinkedHashSet<>();
                for (int i = 0; i < sku.servicePlans().size(); i++) {
                  if (m.get(i)) {
                    disabled.add(ServicePlanName.of(sku.servicePlans().get(i).name()));
                  }
                }
                return new LicenseSelection(
                    new AccountSkuId(sku.accountName(), sku.skuPartNumber()), disabled);
              });
      result =
          result.zip(
              booleans().all().zip(one, (keep, s) -> keep ? s : null),
              (l, s) -> {
                List<LicenseSelection> c = new ArrayList<>(l);
                if (s != null) {
                  c.add(s);
                }
                return c;
              });
    }
    return result;
  }
}
