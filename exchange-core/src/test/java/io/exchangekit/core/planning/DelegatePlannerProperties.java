package io.exchangekit.core.planning;

import static io.exchangekit.core.arbitraries.ExchangeGenerators.words;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.exchangekit.core.license.SkuCatalog;
import io.exchangekit.core.mailbox.MailboxName;
import io.exchangekit.core.mailbox.MailboxParameter;
import io.exchangekit.core.mailbox.MailboxSettings;
import io.exchangekit.core.mailbox.MailboxState;
import io.exchangekit.core.mailbox.MailboxType;
import io.exchangekit.core.mailbox.MultiValue;
import io.exchangekit.core.mailbox.ValueOperation;
import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.plan.ExchangeCommand;
import io.exchangekit.core.plan.ParameterValue;
import io.exchangekit.core.recipient.KnownRecipient;
import io.exchangekit.core.recipient.RecipientIdentity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** FullAccess, SendAs and SendOnBehalf: compared by who is meant, carried per version. */
class DelegatePlannerProperties {
  private static final SkuCatalog NO_SKUS = new SkuCatalog(List.of());
  private static final RecipientIdentity SHARED = RecipientIdentity.of("sales@contoso.com");
  private static final List<MailboxParameter> DELEGATES =
      List.of(
          MailboxParameter.FULL_ACCESS, MailboxParameter.SEND_AS, MailboxParameter.SEND_ON_BEHALF);

  /** A delegate as a permission cmdlet prints it, with the names the state read resolved. */
  private static KnownRecipient delegate(String sam) {
    String guid = UUID.nameUUIDFromBytes(sam.getBytes()).toString();
    return KnownRecipient.of(
        guid, List.of("CONTOSO\\" + sam, sam, sam + "@contoso.com", "contoso.com/Users/" + sam));
  }

  private static MailboxState sharedWith(MailboxParameter p, List<KnownRecipient> listed) {
    MailboxSettings values =
        MailboxSettings.builder().set(MailboxParameter.NAME, MailboxName.of("Sales")).build();
    return MailboxState.mailbox(MailboxType.SHARED, values).withListed(p, listed);
  }

  private static ProvisioningPlan plan(
      ConnectorMode mode, ExchangeVersion version, MailboxState state, MailboxSettings settings) {
    return MailboxPlanner.provision(
        new MailboxRequest(SHARED, settings),
        PlanningContext.of(mode, version),
        state,
        Optional.empty(),
        NO_SKUS);
  }

  private static MailboxSettings wanting(MailboxParameter p, ValueOperation op, List<String> ids) {
    return MailboxSettings.builder()
        .set(p, new MultiValue(op, ids.stream().map(RecipientIdentity::of).toList()))
        .build();
  }

  @Test
  void givenListedDelegatesNamedByAnyOfTheirNames_replaceOrAdd_plansNothing() {
    qt().withExamples(300)
        .forAll(
            arbitrary().pick(DELEGATES),
            lists().of(words(3, 10)).ofSizeBetween(0, 4),
            integers().between(0, 3),
            arbitrary().enumValues(ExchangeVersion.class))
        .checkAssert(
            (p, sams, form, version) -> {
              List<String> unique = sams.stream().distinct().toList();
              List<KnownRecipient> listed =
                  unique.stream().map(DelegatePlannerProperties::delegate).toList();
              List<String> names =
                  unique.stream()
                      .map(
                          s ->
                              List.of("CONTOSO\\" + s, s.toUpperCase(), s + "@contoso.com", s)
                                  .get(form))
                      .toList();
              ConnectorMode mode = version.isOnline() ? ModeRulesFixtures.OC : ModeRulesFixtures.PE;
              for (ValueOperation op : List.of(ValueOperation.REPLACE, ValueOperation.ADD)) {
                ProvisioningPlan plan =
                    plan(mode, version, sharedWith(p, listed), wanting(p, op, names));
                assertTrue(plan.exchange().isEmpty(), () -> op + " planned " + plan.exchange());
              }
            });
  }

  @Test
  void givenListedDelegates_deleteAndReplace_removeExactlyTheOnesMeantByTheirKeys() {
    qt().withExamples(300)
        .forAll(
            lists().of(words(3, 10)).ofSizeBetween(1, 4),
            integers().between(0, 3),
            arbitrary().enumValues(ExchangeVersion.class))
        .checkAssert(
            (sams, keep, version) -> {
              List<String> unique = sams.stream().distinct().toList();
              int k = Math.min(keep, unique.size());
              List<KnownRecipient> listed =
                  unique.stream().map(DelegatePlannerProperties::delegate).toList();
              ConnectorMode mode = version.isOnline() ? ModeRulesFixtures.OC : ModeRulesFixtures.PE;
              MailboxParameter p = MailboxParameter.FULL_ACCESS;
              // REPLACE with the first k (named by UPN): the others go, under their keys
              ProvisioningPlan replace =
                  plan(
                      mode,
                      version,
                      sharedWith(p, listed),
                      wanting(
                          p,
                          ValueOperation.REPLACE,
                          unique.subList(0, k).stream().map(s -> s + "@contoso.com").toList()));
              List<String> removed = trustees(replace, "Remove-MailboxPermission");
              assertEquals(
                  listed.subList(k, listed.size()).stream().map(KnownRecipient::key).toList(),
                  removed);
              assertEquals(List.of(), trustees(replace, "Add-MailboxPermission"));
              // DELETE the first k (named DOMAIN\sam): exactly those go
              ProvisioningPlan delete =
                  plan(
                      mode,
                      version,
                      sharedWith(p, listed),
                      wanting(
                          p,
                          ValueOperation.DELETE,
                          unique.subList(0, k).stream().map(s -> "contoso\\" + s).toList()));
              assertEquals(
                  listed.subList(0, k).stream().map(KnownRecipient::key).toList(),
                  trustees(delete, "Remove-MailboxPermission"));
              delete
                  .exchange()
                  .commands()
                  .forEach(cmd -> PlanCatalogProperties.assertAccepted(cmd, version));
            });
  }

  private static List<String> trustees(ProvisioningPlan plan, String cmdlet) {
    List<String> out = new ArrayList<>();
    for (ExchangeCommand c : plan.exchange().commands()) {
      if (c.cmdlet().equals(cmdlet)) {
        ParameterValue v =
            c.has("Trustee") ? c.parameters().get("Trustee") : c.parameters().get("User");
        out.add(((ParameterValue.Text) v).value());
      }
    }
    return out;
  }

  @Test
  void givenEachVersion_delegates_areCarriedByThatVersionsCmdlets() {
    MailboxSettings settings =
        MailboxSettings.builder()
            .set(
                MailboxParameter.FULL_ACCESS,
                MultiValue.replace(List.of(RecipientIdentity.of("bob"))))
            .set(MailboxParameter.FULL_ACCESS_AUTO_MAPPING, false)
            .set(
                MailboxParameter.SEND_AS,
                MultiValue.replace(List.of(RecipientIdentity.of("carol"))))
            .set(
                MailboxParameter.SEND_ON_BEHALF,
                new MultiValue(ValueOperation.ADD, List.of(RecipientIdentity.of("dave"))))
            .build();
    MailboxState state = sharedWith(MailboxParameter.SEND_ON_BEHALF, List.of(delegate("erin")));
    Map<String, Map<String, ParameterValue>> onPremises =
        byCmdlet(plan(ModeRulesFixtures.PE, ExchangeVersion.EXCHANGE_2016, state, settings));
    assertEquals(
        Set.of("Set-Mailbox", "Add-MailboxPermission", "Add-ADPermission"), onPremises.keySet());
    assertEquals(
        Map.of(
            "Identity", new ParameterValue.Text("sales@contoso.com"),
            "User", new ParameterValue.Text("bob"),
            "AccessRights", new ParameterValue.Text("FullAccess"),
            "AutoMapping", new ParameterValue.Bool(false)),
        onPremises.get("Add-MailboxPermission"));
    // an AD permission names the mailbox as an AD object: by its name
    assertEquals(
        Map.of(
            "Identity", new ParameterValue.Text("Sales"),
            "User", new ParameterValue.Text("carol"),
            "ExtendedRights", new ParameterValue.Text("Send-As")),
        onPremises.get("Add-ADPermission"));
    assertEquals(
        new ParameterValue.MultiValuedUpdate(List.of("dave"), List.of()),
        onPremises.get("Set-Mailbox").get("GrantSendOnBehalfTo"));
    Map<String, Map<String, ParameterValue>> online =
        byCmdlet(plan(ModeRulesFixtures.OC, ExchangeVersion.ONLINE, state, settings));
    assertEquals(
        Map.of(
            "Identity", new ParameterValue.Text("sales@contoso.com"),
            "Trustee", new ParameterValue.Text("carol"),
            "AccessRights", new ParameterValue.Text("SendAs")),
        online.get("Add-RecipientPermission"));
    assertTrue(!online.containsKey("Add-ADPermission"));
  }

  @Test
  void givenANewSharedMailbox_premiseCreate_grantsDelegatesAfterNewMailboxToTheCreatedName() {
    MailboxSettings settings =
        MailboxSettings.builder()
            .set(MailboxParameter.NAME, MailboxName.of("Sales"))
            .set(MailboxParameter.MAILBOX_TYPE, MailboxType.SHARED)
            .set(
                MailboxParameter.FULL_ACCESS,
                MultiValue.replace(List.of(RecipientIdentity.of("bob"))))
            .build();
    ProvisioningPlan plan =
        MailboxPlanner.provision(
            new MailboxRequest(RecipientIdentity.of("Sales"), settings),
            PlanningContext.of(ModeRulesFixtures.PC, ExchangeVersion.EXCHANGE_2010),
            MailboxState.ABSENT,
            Optional.empty(),
            NO_SKUS);
    List<ExchangeCommand> commands = plan.exchange().commands();
    assertEquals(
        List.of("New-Mailbox", "Add-MailboxPermission"),
        commands.stream().map(ExchangeCommand::cmdlet).toList());
    assertEquals(new ParameterValue.Text("Sales"), commands.get(1).parameters().get("Identity"));
    assertTrue(!commands.get(1).has("AutoMapping"), "Exchange's default AutoMapping is kept");
  }

  private static Map<String, Map<String, ParameterValue>> byCmdlet(ProvisioningPlan plan) {
    Map<String, Map<String, ParameterValue>> out = new LinkedHashMap<>();
    plan.exchange().commands().forEach(c -> out.put(c.cmdlet(), c.parameters()));
    return out;
  }
}
