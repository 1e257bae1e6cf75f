package io.exchangekit.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchQueryTest {

  private static SearchQuery with(String name, SearchValue value) {
    return SearchQuery.all("get-mailbox").with(name, value);
  }

  @Test
  void givenTypedParameters_query_keepsThemAsDataAndCanonicalisesTheCmdlet() {
    SearchQuery q =
        SearchQuery.all("GET-MAILBOX")
            .with("Identity", SearchValue.text("O'Brien; $(x)"))
            .with(
                "RecipientTypeDetails",
                new SearchValue.TextList(List.of("UserMailbox", "SharedMailbox")))
            .with("ResultSize", SearchValue.number(50))
            .withProperties(List.of("Name"));
    assertEquals("Get-Mailbox", q.cmdlet());
    assertEquals(Optional.of(SearchValue.text("O'Brien; $(x)")), q.parameter("identity"));
    assertEquals(OptionalInt.of(50), q.resultSize());
    assertEquals(List.of("Name"), q.properties());
    assertEquals(
        new SearchQuery("Get-Mailbox", Optional.of("Name -eq 'x'"), List.of(), OptionalInt.of(7)),
        SearchQuery.all("Get-Mailbox")
            .with("Filter", SearchValue.text("Name -eq 'x'"))
            .with("ResultSize", SearchValue.number(7)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ErrorAction", "erroraction", "OutVariable", "Credential", "Confirm"})
  void givenACommonParameterOrCredential_query_isRefused(String name) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> with(name, SearchValue.text("x")));
    assertTrue(e.getMessage().contains("not allowed in a search"), e.getMessage());
  }

  @Test
  void givenBadNamesOrValues_query_isRefusedNamingTheParameter() {
    assertThrows(IllegalArgumentException.class, () -> with("Iden tity", SearchValue.text("x")));
    assertThrows(IllegalArgumentException.class, () -> with("Identity", SearchValue.text("")));
    assertThrows(IllegalArgumentException.class, () -> with("ResultSize", SearchValue.number(0)));
    assertThrows(IllegalArgumentException.class, () -> with("ResultSize", SearchValue.text("all")));
    assertThrows(IllegalArgumentException.class, () -> SearchQuery.all("Remove-Mailbox"));
    Map<String, SearchValue> twice = new LinkedHashMap<>();
    twice.put("Identity", SearchValue.text("a"));
    twice.put("identity", SearchValue.text("b"));
    assertThrows(
        IllegalArgumentException.class, () -> new SearchQuery("Get-Mailbox", twice, List.of()));
  }

  @Test
  void givenTheCharacterThatBrokeTheGroupSearch_query_refusesItAsWritesDo() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> with("Identity", SearchValue.text("a\u0080")));
    assertEquals(
        "'Identity' must not contain control characters (C0, DEL, C1), line separators or"
            + " unpaired surrogates (found U+0080 at position 2)",
        e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> with("Filter", SearchValue.text("Name -eq 'a\tb'")));
  }
}
