package io.exchangekit.adapter.connid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.core.mailbox.MailboxParameter;
import io.exchangekit.core.mailbox.MailboxType;
import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.mode.Decision;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.mode.ModeRules;
import io.exchangekit.core.mode.Operation;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.identityconnectors.framework.common.objects.AttributeInfo;
import org.junit.jupiter.api.Test;

class SchemasTest {

  @Test
  void givenEveryModeAndVersion_accountAttributes_areExactlyWhatThePlannerApplies() {
    for (ConnectorMode mode : ConnectorMode.all()) {
      for (ExchangeVersion version : ExchangeVersion.values()) {
        if (mode.isOnline() != version.isOnline()) {
          continue;
        }
        Map<String, AttributeInfo> published = Schemas.accountAttributes(mode, version);
        for (MailboxParameter p : MailboxParameter.values()) {
          if (Schemas.SPECIAL.contains(p)) {
            assertFalse(published.containsKey(p.attributeName()), p + " has its own attribute");
            continue;
          }
          boolean create = applies(p, mode, version, Operation.CREATE);
          boolean update = applies(p, mode, version, Operation.UPDATE);
          AttributeInfo info = published.get(p.attributeName());
          String where = p + " in " + mode + " on " + version;
          assertEquals(create || update, info != null, where);
          if (info != null) {
            assertEquals(create, info.isCreateable(), where);
            assertEquals(update, info.isUpdateable(), where);
          }
        }
      }
    }
  }

  @Test
  void givenOnlineCreate_accountAttributes_includeLicencesButNoDatabase() {
    Map<String, AttributeInfo> online =
        Schemas.accountAttributes(
            ConnectorMode.all().stream()
                .filter(m -> m.isOnline() && m.creates())
                .findFirst()
                .orElseThrow(),
            ExchangeVersion.ONLINE);
    assertTrue(online.containsKey("LicensesToAssignJson"), online.keySet().toString());
    assertFalse(online.containsKey("Database"), online.keySet().toString());
  }

  @Test
  void givenModeratedByAndDelegates_accountAttributes_areMultiValuedAndOthersAreNot() {
    Set<String> multi = Set.of("ModeratedBy", "FullAccess", "SendAs", "SendOnBehalf");
    Map<String, AttributeInfo> premise =
        Schemas.accountAttributes(ConnectorMode.DEFAULT, ExchangeVersion.EXCHANGE_2016);
    assertTrue(premise.keySet().containsAll(multi), premise.keySet().toString());
    premise.forEach((name, info) -> assertEquals(multi.contains(name), info.isMultiValued(), name));
  }

  private static boolean applies(
      MailboxParameter p, ConnectorMode mode, ExchangeVersion version, Operation operation) {
    return Arrays.stream(MailboxType.values())
        .anyMatch(t -> ModeRules.decide(p, mode, version, operation, t) instanceof Decision.Apply);
  }
}
