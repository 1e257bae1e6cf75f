package io.exchangekit.core.mailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.exchangekit.core.recipient.KnownRecipient;
import io.exchangekit.core.recipient.RecipientIdentity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Recipient lists planned by who is meant: whatever form a request names a listed recipient in
 * (alias, address, canonical name, the Name Exchange printed), it is that recipient.
 */
class MultiValueAgainstRecipientsProperties {

  /** The forms a request may use for recipient {@code n}, one of them printed by Exchange. */
  private static List<String> forms(int n) {
    return List.of(
        "user" + n,
        "user" + n + "@contoso.com",
        "contoso.com/Users/User " + n,
        "CONTOSO\\user" + n,
        "CN=User " + n + ",CN=Users,DC=contoso,DC=com");
  }

  private static KnownRecipient recipient(int n) {
    return KnownRecipient.of(
        UUID.nameUUIDFromBytes(("r" + n).getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .toString(),
        forms(n));
  }

  /** Distinct recipients 0..k-1, and for each the index of the form the request uses. */
  private static Gen<List<Integer>> formChoices() {
    return lists().of(integers().between(0, 4)).ofSizeBetween(0, 6);
  }

  private static List<KnownRecipient> listed(List<Integer> choices) {
    List<KnownRecipient> out = new ArrayList<>();
    for (int i = 0; i < choices.size(); i++) {
      out.add(recipient(i));
    }
    return out;
  }

  private static List<RecipientIdentity> named(List<Integer> choices, boolean shout) {
    List<RecipientIdentity> out = new ArrayList<>();
    for (int i = 0; i < choices.size(); i++) {
      String form = forms(i).get(choices.get(i));
      out.add(RecipientIdentity.of(shout ? form.toUpperCase(Locale.ROOT) : form));
    }
    return out;
  }

  @Test
  void givenListedRecipients_aRequestNamingEachInAnyForm_plansNothing() {
    qt().forAll(formChoices(), integers().between(0, 1))
        .checkAssert(
            (choices, shout) -> {
              List<KnownRecipient> now = listed(choices);
              List<RecipientIdentity> request = named(choices, shout == 1);
              for (ValueOperation op : List.of(ValueOperation.REPLACE, ValueOperation.ADD)) {
                MultiValue.Update u = new MultiValue(op, request).against(now);
                assertTrue(u.isEmpty(), op + " " + request + " planned " + u);
              }
            });
  }

  @Test
  void givenListedRecipients_aDeleteInAnyForm_removesExactlyThoseInTheRequestsForm() {
    qt().forAll(formChoices(), integers().between(0, 6))
        .checkAssert(
            (choices, cut) -> {
              List<KnownRecipient> now = listed(choices);
              List<RecipientIdentity> request = named(choices, false);
              List<RecipientIdentity> removed = request.subList(0, Math.min(cut, request.size()));
              MultiValue.Update u = new MultiValue(ValueOperation.DELETE, removed).against(now);
              assertEquals(removed.stream().map(RecipientIdentity::value).toList(), u.remove());
              assertEquals(List.of(), u.add());
              MultiValue delete = new MultiValue(ValueOperation.DELETE, removed);
              assertTrue(
                  delete.against(delete.applyTo(now)).isEmpty(), "a repeated delete plans nothing");
            });
  }

  @Test
  void givenListedRecipients_aReplaceWithSome_removesTheOthersByKeyAndAddsTheNew() {
    qt().forAll(formChoices(), integers().between(0, 6))
        .checkAssert(
            (choices, keep) -> {
              List<KnownRecipient> now = listed(choices);
              int k = Math.min(keep, now.size());
              List<RecipientIdentity> request =
                  new ArrayList<>(named(choices, false).subList(0, k));
              request.add(RecipientIdentity.of("newcomer@contoso.com"));
              MultiValue replace = MultiValue.replace(request);
              MultiValue.Update u = replace.against(now);
              assertEquals(List.of("newcomer@contoso.com"), u.add());
              assertEquals(
                  now.subList(k, now.size()).stream().map(KnownRecipient::key).toList(),
                  u.remove());
              assertTrue(
                  replace.against(replace.applyTo(now)).isEmpty(), "the result re-plans nothing");
            });
  }
}
