package io.exchangekit.adapter.powershell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EnvelopeTest {
  private static final String N = "0123456789abcdef";

  @Test
  void givenSuccessLine_parse_readsData() throws Exception {
    Envelope.Parsed p = Envelope.parse("{\"n\":\"" + N + "\",\"ok\":true,\"k\":2,\"d\":[1]}", N);
    assertTrue(p.envelope().ok());
    assertEquals(2, p.envelope().completed());
    assertEquals(1, p.envelope().data().get(0).asInt());
    assertFalse(p.strayLines());
  }

  @Test
  void givenErrorLine_parse_readsTheErrorRecord() throws Exception {
    Envelope e =
        Envelope.parse(
                "{\"n\":\""
                    + N
                    + "\",\"ok\":false,\"k\":1,\"reason\":\"R\",\"fqid\":\"F\",\"message\":\"M\"}",
                N)
            .envelope();
    assertFalse(e.ok());
    assertEquals(new Envelope.ErrorRecord("R", "F", "M", ""), e.error().orElseThrow());
  }

  @Test
  void givenForeignOrMissingNonceOrNoJson_parse_isUnreadable() {
    assertThrows(
        Envelope.Unreadable.class,
        () -> Envelope.parse("{\"n\":\"ffffffffffffffff\",\"ok\":true}", N));
    assertThrows(Envelope.Unreadable.class, () -> Envelope.parse("{\"ok\":true}", N));
    assertThrows(Envelope.Unreadable.class, () -> Envelope.parse("{\"n\":\"" + N, N));
    assertThrows(Envelope.Unreadable.class, () -> Envelope.parse("", N));
    assertThrows(Envelope.Unreadable.class, () -> Envelope.parse("[1]", N));
  }

  @Test
  void givenOtherLinesBeforeTheEnvelope_parse_flagsThem() throws Exception {
    assertTrue(Envelope.parse("WARNING: x\r\n{\"n\":\"" + N + "\",\"ok\":true}", N).strayLines());
  }

  @Test
  void givenTwoCalls_nonce_differs() {
    assertNotEquals(Envelope.nonce(), Envelope.nonce());
    assertTrue(Envelope.nonce().matches("[0-9a-f]{16}"));
  }

  @Test
  void givenScript_wrap_isOneLineEndingInTheJsonEnvelope() {
    String line = Envelope.wrap(Script.of("$r=1", "x"), N);
    assertFalse(line.contains("\n"));
    assertTrue(line.endsWith("ConvertTo-Json -InputObject $o -Depth 6 -Compress"));
    assertTrue(line.contains("try{$r=1;"));
  }
}
