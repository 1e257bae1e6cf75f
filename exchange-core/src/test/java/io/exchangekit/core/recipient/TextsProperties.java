package io.exchangekit.core.recipient;

import static io.exchangekit.core.arbitraries.ExchangeGenerators.freeText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import io.exchangekit.core.plan.ExchangeCommand;
import io.exchangekit.core.plan.ParameterValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one character rule that writes and searches share. */
class TextsProperties {
  /** One of each forbidden kind: C0 (tab, LF, NUL), DEL, C1, separators, lone surrogates. */
  private static final List<String> FORBIDDEN =
      List.of(
          "\t", "\n", "\u0000", "\u001F", "\u007F", "\u0080", "\u0085", "\u009F", "\u2028",
          "\u2029", "\uD800", "\uDC00");

  @Test
  void givenAnyCodePoint_isAllowed_refusesExactlyControlsSeparatorsAndSurrogates() {
    qt().forAll(integers().between(0, Character.MAX_CODE_POINT))
        .checkAssert(
            cp -> {
              boolean forbidden =
                  cp < 0x20
                      || (cp >= 0x7F && cp <= 0x9F)
                      || cp == 0x2028
                      || cp == 0x2029
                      || (cp >= 0xD800 && cp <= 0xDFFF);
              assertEquals(!forbidden, Texts.isAllowed(cp), () -> Integer.toHexString(cp));
            });
  }

  @Test
  void givenValidTextWithOneForbiddenCharacter_requireCharacters_namesFieldAndPosition() {
    qt().forAll(freeText(20), freeText(20), arbitrary().pick(FORBIDDEN))
        .checkAssert(
            (before, after, bad) -> {
              assertEquals(before + after, Texts.requireCharacters(before + after, "Name"));
              IllegalArgumentException e =
                  assertThrows(
                      IllegalArgumentException.class,
                      () -> Texts.requireCharacters(before + bad + after, "Name"));
              assertTrue(e.getMessage().startsWith("'Name' must not contain"), e.getMessage());
              assertTrue(
                  e.getMessage()
                      .endsWith(
                          String.format(
                              "U+%04X at position %d)", (int) bad.charAt(0), before.length() + 1)),
                  e.getMessage());
            });
  }

  @Test
  void givenC1ControlInACommandValue_commandIsRefusedLikeTheSameValueInASearch() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new ExchangeCommand(
                    "New-DistributionGroup",
                    Map.of("Name", ParameterValue.text("a\u0080b")),
                    "create"));
    assertEquals(
        "'Name' must not contain control characters (C0, DEL, C1), line separators or unpaired"
            + " surrogates (found U+0080 at position 2)",
        e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ExchangeCommand(
                "Set-Mailbox",
                Map.of(
                    "EmailAddresses",
                    new ParameterValue.MultiValuedUpdate(List.of("x\tz"), List.of())),
                "update"));
    assertFalse(
        new ExchangeCommand(
                "Set-Mailbox",
                Map.of("CustomAttribute1", ParameterValue.text("M\u00fcller \uD83D\uDE00 \u2019")),
                "update")
            .parameters()
            .isEmpty());
  }
}
