package io.exchangekit.adapter.powershell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.core.error.InvalidValueException;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.search.SearchQuery;
import io.exchangekit.core.search.SearchValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PowerShellQueryAdapterTest {

  static SearchQuery query(String cmdlet, Object... nameValue) {
    Map<String, SearchValue> parameters = new LinkedHashMap<>();
    for (int i = 0; i < nameValue.length; i += 2) {
      Object v = nameValue[i + 1];
      parameters.put(
          (String) nameValue[i],
          v instanceof SearchValue sv
              ? sv
              : v instanceof Long n ? SearchValue.number(n) : SearchValue.text((String) v));
    }
    return new SearchQuery(cmdlet, parameters, List.of("Name"));
  }

  private static String script(SearchQuery q, ExchangeVersion v) {
    return PowerShellQueryAdapter.queryScript(q, v).statements();
  }

  @Test
  void givenTypedParameters_queryScript_rendersEachAsAQuotedLiteral() {
    SearchQuery q =
        query(
            "Get-Mailbox",
            "identity",
            "O'Brien\u2019s $(x)",
            "RecipientTypeDetails",
            new SearchValue.TextList(List.of("UserMailbox", "SharedMailbox")),
            "Arbitration",
            new SearchValue.Switch(false),
            "ResultSize",
            25L);
    assertEquals(
        "$ekq=$null;$ekq=@(Get-Mailbox -Identity 'O''Brien\u2019\u2019s $(x)'"
            + " -RecipientTypeDetails 'UserMailbox','SharedMailbox' -Arbitration:$false"
            + " -ResultSize '25' -ErrorAction Stop -WarningAction SilentlyContinue 3>$null |"
            + " Select-Object -Property @{n='Identity';e={[string]$_.Identity}},"
            + "@{n='Name';e={[string]$_.Name}});$r=$ekq.Count",
        script(q, ExchangeVersion.EXCHANGE_2016));
  }

  @Test
  void givenNoResultSize_queryScript_asksForAllWhereTheCmdletHasTheParameter() {
    assertTrue(
        script(query("Get-Mailbox", "Anr", "jdoe"), ExchangeVersion.EXCHANGE_2016)
            .contains("-Anr 'jdoe' -ResultSize 'Unlimited' -ErrorAction"));
    assertTrue(
        script(
                query("Get-DistributionGroupMember", "Identity", "All Staff"),
                ExchangeVersion.ONLINE)
            .contains("-Identity 'All Staff' -ResultSize 'Unlimited'"));
  }

  @Test
  void givenAParameterTheVersionLacks_queryScript_namesParameterCmdletAndVersion() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> script(query("Get-Mailbox", "Database", "DB01"), ExchangeVersion.ONLINE));
    assertEquals(
        "searchQuery is refused: parameter -Database of Get-Mailbox does not exist on Exchange"
            + " Online",
        e.getMessage());
    assertEquals(List.of("searchQuery"), e.attributes());
    InvalidValueException cmdlet =
        assertThrows(
            InvalidValueException.class,
            () -> script(query("Get-EXOMailbox"), ExchangeVersion.EXCHANGE_2019));
    assertEquals(
        "searchQuery is refused: Get-EXOMailbox does not exist on Exchange Server 2019",
        cmdlet.getMessage());
    assertThrows(
        InvalidValueException.class,
        () -> script(query("Get-Mailbox", "Bogus", "x"), ExchangeVersion.EXCHANGE_2016));
    assertThrows(
        InvalidValueException.class,
        () ->
            script(
                query("Get-Mailbox", "Identity", new SearchValue.Switch(true)),
                ExchangeVersion.EXCHANGE_2016));
    assertThrows(
        InvalidValueException.class,
        () ->
            script(
                query("Get-Mailbox", "Identity", new SearchValue.TextList(List.of("a", "b"))),
                ExchangeVersion.EXCHANGE_2016));
  }

  @Test
  void givenOnlineMailboxSearch_queryScript_runsGetExoMailboxWithTheWantedProperties() {
    SearchQuery q =
        new SearchQuery(
            "Get-Mailbox",
            Map.of("Filter", SearchValue.text("Alias -like 'j*'")),
            List.of("Alias", "RetentionPolicy"));
    assertEquals(
        "$ekq=$null;$ekq=@(Get-EXOMailbox -Filter 'Alias -like ''j*''' -ResultSize 'Unlimited'"
            + " -Properties 'Identity','RetentionPolicy' -ErrorAction Stop -WarningAction"
            + " SilentlyContinue 3>$null | Select-Object -Property"
            + " @{n='Identity';e={[string]$_.Identity}},@{n='Alias';e={[string]$_.Alias}},"
            + "@{n='RetentionPolicy';e={[string]$_.RetentionPolicy}});$r=$ekq.Count",
        script(q, ExchangeVersion.ONLINE));
    assertTrue(
        script(q, ExchangeVersion.EXCHANGE_2019)
            .startsWith("$ekq=$null;$ekq=@(Get-Mailbox -Filter"));
    assertTrue(
        script(query("Get-Mailbox", "SortBy", "Name"), ExchangeVersion.ONLINE)
            .startsWith("$ekq=$null;$ekq=@(Get-Mailbox -SortBy 'Name'"),
        "a parameter the REST read lacks keeps Get-Mailbox");
  }
}
