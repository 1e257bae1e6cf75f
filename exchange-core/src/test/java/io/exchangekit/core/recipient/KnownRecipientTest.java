package io.exchangekit.core.recipient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class KnownRecipientTest {
  private static final KnownRecipient BOB =
      KnownRecipient.of(
          "6d0e8b61-4c2f-4b8e-9f43-1f6f2b0c1a11",
          List.of(
              "Bob Smith",
              "bob",
              "bob@contoso.com",
              "contoso.com/Users/Bob Smith",
              "CONTOSO\\bob"));
  private static final KnownRecipient UNRESOLVED = KnownRecipient.unresolved("S-1-5-21-1-2-3-1105");

  @Test
  void givenARecipientListedByCanonicalName_isNamedBy_anyOfItsNamesIgnoringCase() {
    for (String name :
        List.of(
            "bob",
            "BOB@contoso.com",
            "Bob Smith",
            "contoso\\BOB",
            "6D0E8B61-4C2F-4B8E-9F43-1F6F2B0C1A11")) {
      assertTrue(BOB.isNamedBy(RecipientIdentity.of(name)), name);
    }
    assertFalse(BOB.isNamedBy(RecipientIdentity.of("bobby")));
    assertTrue(UNRESOLVED.isNamedBy(RecipientIdentity.of("s-1-5-21-1-2-3-1105")));
  }

  @Test
  void givenCurrentAndRequested_missingNamedByNotNamedBy_partitionByName() {
    List<KnownRecipient> current = List.of(BOB, UNRESOLVED);
    List<RecipientIdentity> requested =
        List.of(
            RecipientIdentity.of("bob@contoso.com"),
            RecipientIdentity.of("alice"),
            RecipientIdentity.of("ALICE"));

    assertEquals(
        List.of(RecipientIdentity.of("alice")), KnownRecipient.missing(current, requested));
    assertEquals(List.of(BOB), KnownRecipient.namedBy(current, requested));
    assertEquals(List.of(UNRESOLVED), KnownRecipient.notNamedBy(current, requested));
  }

  @Test
  void givenABlankKey_of_refusesNamingTheField() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> KnownRecipient.of(" ", List.of("bob")));
    assertTrue(e.getMessage().contains("key"), e.getMessage());
  }
}
