package io.exchangekit.adapter.openiam.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.adapter.openiam.model.OpenIamErrorCode;
import io.exchangekit.adapter.openiam.model.OpenIamRequestException;
import io.exchangekit.core.search.SearchQuery;
import java.util.List;
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
        "Get-Mailbox -Identity jdoe",
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
