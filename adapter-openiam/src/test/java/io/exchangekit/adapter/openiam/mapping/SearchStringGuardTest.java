package io.exchangekit.adapter.openiam.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.adapter.openiam.model.OpenIamErrorCode;
import io.exchangekit.adapter.openiam.model.OpenIamRequestException;
import io.exchangekit.core.search.SearchQuery;
import io.exchangekit.core.search.SearchValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchStringGuardTest {
  @Test
  void givenTheSeedsExamples_parse_acceptsDefaultAndFullDetails() {
    assertEquals(SearchQuery.all("Get-Mailbox"), SearchStringGuard.parse("Get-Mailbox"));
    assertEquals(
        new SearchQuery("Get-Mailbox", Optional.empty(), List.of("*"), OptionalInt.empty()),
        SearchStringGuard.parse("Get-Mailbox | Select-Object"));
  }

  @Test
  void givenFilterSizeAndProperties_parse_readsEachPart() {
    assertEquals(
        new SearchQuery(
            "Get-DistributionGroup",
            Optional.of("Name -like 'Sales*'"),
            List.of("Name", "PrimarySmtpAddress"),
            OptionalInt.of(500)),
        SearchStringGuard.parse(
            "get-distributiongroup -filter 'Name -like ''Sales*''' -ResultSize 500 |"
                + " select -Property Name, PrimarySmtpAddress"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Set-Mailbox -Identity jdoe -HiddenFromAddressListsEnabled $true",
        "Remove-Mailbox jdoe",
        "Get-Mailbox; Remove-Mailbox jdoe",
        "Get-Mailbox | Remove-Mailbox",
        "Get-Mailbox | Select-Object | Export-Csv out.csv",
        "Get-Mailbox -Filter {Name -like '*'}",
        "Get-Mailbox -Filter \"Name -eq '$(Remove-Mailbox x)'\"",
        "Get-Mailbox jdoe",
        "Get-Mailbox -Identity $x",
        "Get-Mailbox -Identity (Get-User x)",
        "Get-Mailbox -Identity \"$(Remove-Mailbox x)\"",
        "Get-Mailbox -Identity \"a`\"b\"",
        "Get-Mailbox -ErrorAction SilentlyContinue",
        "Get-Mailbox -OutVariable x",
        "Get-Mailbox -Credential x",
        "Get-Mailbox -Ident jdoe",
        "Get-Mailbox -Bogus x",
        "Get-Mailbox -Identity a,b",
        "Get-Mailbox -Identity 0x10",
        "Get-Mailbox -Identity jdoe#x",
        "Get-Mailbox -Identity -Anr x",
        "Get-Mailbox -Filter 'Name -eq $x'",
        "Get-Mailbox -Filter 'Name'",
        "Get-Mailbox -Filter \"Name -eq 'x'\" | Where-Object { $_.Name -eq 'y' }",
        "Get-Mailbox -Arbitration:$maybe",
        "Get-Mailbox | ForEach-Object { $_ }",
        "& Get-Mailbox",
        "Get-Mailbox > out.txt",
        "Get-Mailbox -ResultSize 0",
        "Get-Mailbox -Filter ''",
        "Get-Mailbox -Filter 'Name -eq 1' -Filter 'Name -eq 2'",
        "Get-Mailbox -Filter 'Name -eq \u2019x\u2019; Remove-Mailbox y; \u2018'",
        "Get-ADUser -Filter 'Name -like ''*'''",
        "Invoke-Expression 'Remove-Mailbox x'",
        "Get-Mailbox`nRemove-Mailbox x",
        "Get-Mailbox\nRemove-Mailbox x",
        ""
      })
  void givenAnythingButAReadOnlyPipeline_parse_refusesIt(String text) {
    OpenIamRequestException e =
        assertThrows(OpenIamRequestException.class, () -> SearchStringGuard.parse(text));

    assertEquals(OpenIamErrorCode.UNSUPPORTED_OPERATION, e.errorCode());
    assertTrue(e.getMessage().startsWith("searchQuery is refused: "), e.getMessage());
  }

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
    return new SearchQuery(cmdlet, parameters, List.of());
  }

  @Test
  void givenTheStringsAdministratorsWrite_parse_acceptsThemAsTypedParameters() {
    assertEquals(
        query("Get-Mailbox", "Identity", "jdoe@contoso.com"),
        SearchStringGuard.parse("Get-Mailbox -Identity jdoe@contoso.com"));
    assertEquals(
        query("Get-Mailbox", "RecipientTypeDetails", "UserMailbox", "ResultSize", "Unlimited"),
        SearchStringGuard.parse(
            "Get-Mailbox -RecipientTypeDetails UserMailbox -ResultSize Unlimited"));
    assertEquals(
        query("Get-Mailbox", "Filter", "DisplayName -like 'A*'"),
        SearchStringGuard.parse("Get-Mailbox -Filter \"DisplayName -like 'A*'\""));
    assertEquals(
        query("Get-Mailbox", "OrganizationalUnit", "contoso.com/Staff"),
        SearchStringGuard.parse("Get-Mailbox -OrganizationalUnit 'contoso.com/Staff'"));
    assertEquals(
        query("Get-Mailbox", "Database", "DB01"),
        SearchStringGuard.parse("Get-Mailbox -Database DB01"));
    assertEquals(
        query("Get-Mailbox", "Anr", "jdoe"), SearchStringGuard.parse("Get-Mailbox -Anr jdoe"));
    assertEquals(
        query("Get-DistributionGroup", "Identity", "All Staff"),
        SearchStringGuard.parse("Get-DistributionGroup -Identity 'All Staff'"));
  }

  @Test
  void givenListsSwitchesNumbersAndAnyCase_parse_typesEachValue() {
    assertEquals(
        query(
            "Get-Mailbox",
            "RecipientTypeDetails",
            new SearchValue.TextList(List.of("UserMailbox", "SharedMailbox")),
            "SoftDeletedMailbox",
            new SearchValue.Switch(true),
            "Arbitration",
            new SearchValue.Switch(false),
            "ResultSize",
            25L),
        SearchStringGuard.parse(
            "get-mailbox -recipienttypedetails UserMailbox, SharedMailbox -SOFTDELETEDMAILBOX"
                + " -Arbitration:$False -resultsize 25"));
    assertEquals(
        query("Get-User", "Identity", "CONTOSO\\jdoe"),
        SearchStringGuard.parse("Get-User -Identity CONTOSO\\jdoe"));
    assertEquals(
        query("Get-Recipient", "Identity", "O\u2019Brien"),
        SearchStringGuard.parse("Get-Recipient -Identity 'O\u2019\u2019Brien'"));
  }

  @Test
  void givenWhereObjectStage_parse_namesTheEquivalentFilter() {
    for (String stage :
        List.of(
            "Where-Object { $_.DisplayName -like 'A*' }",
            "? {$_.DisplayName -like \"A*\"}",
            "where DisplayName -like 'A*'")) {
      OpenIamRequestException e =
          assertThrows(
              OpenIamRequestException.class,
              () -> SearchStringGuard.parse("Get-Mailbox | " + stage));
      assertTrue(e.getMessage().contains("-Filter \"DisplayName -like 'A*'\""), e.getMessage());
    }
  }

  @Test
  void givenAnAbbreviatedOrUnknownParameter_parse_namesTheCmdletsParameters() {
    OpenIamRequestException e =
        assertThrows(
            OpenIamRequestException.class, () -> SearchStringGuard.parse("Get-Mailbox -Ident x"));
    assertTrue(
        e.getMessage()
            .startsWith(
                "searchQuery is refused: Get-Mailbox has no parameter -Ident"
                    + " (parameter names are written in full: Identity)"),
        e.getMessage());
    OpenIamRequestException common =
        assertThrows(
            OpenIamRequestException.class,
            () -> SearchStringGuard.parse("Get-Mailbox -ErrorAction Stop"));
    assertTrue(common.getMessage().contains("common parameters"), common.getMessage());
  }

  @Test
  void givenAnotherCmdlet_parse_saysWhichCmdletsAreAllowed() {
    OpenIamRequestException e =
        assertThrows(
            OpenIamRequestException.class, () -> SearchStringGuard.parse("Remove-Mailbox x"));

    assertTrue(
        e.getMessage()
            .startsWith(
                "searchQuery is refused: 'Remove-Mailbox' is not one of the read-only cmdlets."),
        e.getMessage());
    assertTrue(e.getMessage().contains("Get-Mailbox"), e.getMessage());
  }
}
