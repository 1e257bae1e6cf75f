package com.example.embedding;

import io.exchangekit.core.license.AccountSkuId;
import io.exchangekit.core.license.LicenseSelection;
import io.exchangekit.core.mailbox.MailboxName;
import io.exchangekit.core.mailbox.MailboxParameter;
import io.exchangekit.core.mailbox.MailboxSettings;
import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.recipient.DisplayName;
import io.exchangekit.core.recipient.RecipientIdentity;
import io.exchangekit.core.recipient.Secret;
import io.exchangekit.core.recipient.UsageLocation;
import io.exchangekit.core.search.RecipientRecord;
import io.exchangekit.core.search.SearchQuery;
import io.exchangekit.ports.config.ExchangeKit;
import io.exchangekit.ports.in.Outcome;
import io.exchangekit.ports.in.mailbox.MailboxCommand;
import io.exchangekit.ports.in.mailbox.ProvisionMailboxCommand;
import io.exchangekit.ports.in.search.SearchRecipientsQuery;
import io.exchangekit.ports.service.ExchangeUseCases;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Provisions a mailbox, locks it and searches for it, first on Exchange Server, then on Exchange
 * Online with Microsoft Graph: the same code, two configurations. Both target the embedded
 * emulators (provider {@code emulator}); a real deployment names no provider and gives the
 * server's or the tenant's settings instead (docs/connector-configuration.md).
 */
public final class EmbeddingSample {

  public static void main(String[] args) {
    Properties premise = new Properties();
    premise.setProperty("premise.provider", "emulator");
    premise.setProperty("premise.version", "2016");
    premise.setProperty("options.newUserBehavior", "create");
    try (ExchangeKit kit = ExchangeKit.fromProperties(premise, System::getenv)) {
      MailboxSettings mailbox =
          MailboxSettings.builder()
              .set(MailboxParameter.NAME, MailboxName.of("John Doe"))
              .set(MailboxParameter.DISPLAY_NAME, DisplayName.of("John Doe"))
              .set(MailboxParameter.PASSWORD, Secret.of("Pa55-word-of-today"))
              .build();
      provisionLockAndSearch(kit.useCases(), kit.defaultMode(), "jdoe@contoso.com", mailbox);
    }

    Properties online = new Properties();
    online.setProperty("online.provider", "emulator");
    online.setProperty("graph.provider", "emulator");
    online.setProperty("options.newUserBehavior", "create");
    try (ExchangeKit kit = ExchangeKit.fromProperties(online, System::getenv)) {
      MailboxSettings cloudMailbox =
          MailboxSettings.builder()
              .set(MailboxParameter.DISPLAY_NAME, DisplayName.of("New Hire"))
              .set(MailboxParameter.USAGE_LOCATION, UsageLocation.of("US"))
              .set(
                  MailboxParameter.LICENSES,
                  List.of(
                      new LicenseSelection(AccountSkuId.parse("contoso:ENTERPRISEPACK"), Set.of())))
              .build();
      provisionLockAndSearch(
          kit.useCases(), kit.defaultMode(), "new.hire@contoso.onmicrosoft.com", cloudMailbox);
    }

    PlainWiring.main(args);
  }

  static void provisionLockAndSearch(
      ExchangeUseCases useCases, ConnectorMode mode, String user, MailboxSettings settings) {
    RecipientIdentity identity = RecipientIdentity.of(user);
    ProvisionMailboxCommand provision = new ProvisionMailboxCommand(identity, mode, settings, false);
    Outcome created = useCases.provisionMailbox().provision(provision);
    if (created.status() == Outcome.Status.PENDING) {
      // Exchange Online creates the mailbox a while after the licence: what could not be applied
      // yet is listed, and the same request, repeated (an IAM system's next run), completes it.
      System.out.println("provision " + user + ": PENDING " + created.pending() + "; repeating");
      created = useCases.provisionMailbox().provision(provision);
    }
    expect("provision " + user + " (" + mode + ")", created, Outcome.Status.SUCCESS);

    Outcome locked = useCases.lockMailbox().lock(new MailboxCommand(identity, mode, false));
    expect("lock " + user, locked, Outcome.Status.SUCCESS);

    SearchQuery query =
        SearchQuery.all("Get-Mailbox").withProperties(List.of("DisplayName", "PrimarySmtpAddress"));
    try (Stream<RecipientRecord> found =
        useCases.searchRecipients().search(new SearchRecipientsQuery(mode.scope(), query))) {
      List<RecipientRecord> mine =
          found
              .filter(
                  r ->
                      r.properties().getOrDefault("PrimarySmtpAddress", List.of()).stream()
                          .anyMatch(user::equalsIgnoreCase))
              .toList();
      System.out.println("search Get-Mailbox (" + mode.scope() + "): " + mine);
      if (mine.size() != 1) {
        throw new IllegalStateException("the search did not find " + user + " exactly once");
      }
    }
  }

  static void expect(String what, Outcome outcome, Outcome.Status expected) {
    System.out.println(what + ": " + outcome.status() + " " + outcome.completedSteps());
    if (outcome.status() != expected) {
      throw new IllegalStateException(what + " was " + outcome.status() + ", not " + expected);
    }
  }
}
