package io.exchangekit.adapter.openiam;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.exchangekit.core.mailbox.MailboxSettings;
import io.exchangekit.core.mailbox.MailboxState;
import io.exchangekit.core.mailbox.MailboxType;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.ports.service.ExchangeUseCases;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class OpenIamConnectorProperties {
  /** Request shapes that succeed, fail in the mapping, fail in the target, or are malformed. */
  static final List<String> TEMPLATES =
      List.of(
          // premise create: runs New-Mailbox with the password
          "{\"requestId\":\"p1\",\"operation\":\"SAVE\",\"objectType\":\"USER\",\"identityName\":"
              + "\"new@contoso.com\",\"metaData\":{\"login\":\"CONTOSO\\\\svc\",\"password\":\"#PW#\"},"
              + "\"attributes\":[{\"name\":\"ConnectorModeSettings\",\"values\":[\"{\\\"newUserBehavior\\\":"
              + "\\\"create\\\"}\"]},{\"name\":\"Name\",\"values\":[\"New\"]},{\"name\":\"Password\","
              + "\"values\":[\"#PW#\"]}]}",
          // the same as a dry run: the plan is in the response
          "{\"requestId\":\"p2\",\"dryRun\":true,\"operation\":\"SAVE\",\"objectType\":\"USER\","
              + "\"identityName\":\"new@contoso.com\",\"attributes\":[{\"name\":\"ConnectorModeSettings\","
              + "\"values\":[\"{\\\"newUserBehavior\\\":\\\"create\\\"}\"]},{\"name\":\"Name\",\"values\":"
              + "[\"New\"]},{\"name\":\"password\",\"values\":[\"#PW#\"]}]}",
          // reset in enable behaviour: refused by the use case
          "{\"requestId\":\"p3\",\"operation\":\"RESET_PASSWORD\",\"objectType\":\"USER\","
              + "\"identityName\":\"jdoe\",\"attributes\":[{\"name\":\"Password\",\"values\":[\"#PW#\"]}]}",
          // reset in create behaviour on an existing mailbox: runs Set-Mailbox -Password
          "{\"requestId\":\"p4\",\"operation\":\"RESET_PASSWORD\",\"objectType\":\"USER\","
              + "\"identityName\":\"jdoe\",\"attributes\":[{\"name\":\"ConnectorModeSettings\",\"values\":"
              + "[\"{\\\"newUserBehavior\\\":\\\"create\\\"}\"]},{\"name\":\"Password\",\"values\":[\"#PW#\"]}]}",
          // a password given twice: a violation
          "{\"requestId\":\"p5\",\"operation\":\"RESET_PASSWORD\",\"objectType\":\"USER\","
              + "\"identityName\":\"jdoe\",\"attributes\":[{\"name\":\"Password\",\"values\":[\"#PW#\",\"#PW#x\"]}]}",
          // a login without domain: refused managed system, with the password in the header
          "{\"requestId\":\"p6\",\"operation\":\"TEST\",\"metaData\":{\"login\":\"svc\",\"password\":\"#PW#\"}}",
          // malformed JSON around the password
          "{\"requestId\":\"p7\",\"operation\":\"TEST\",\"metaData\":{\"password\":#PW#}}",
          "{\"requestId\":\"p8\",\"operation\":\"TEST\",\"metaData\":{\"password\":\"#PW#\"},\"attributes\":[#PW#]}",
          // a group save with a stray password attribute: ignored with a warning
          "{\"requestId\":\"p9\",\"operation\":\"SAVE\",\"objectType\":\"GROUP\",\"identityName\":\"Sales\","
              + "\"attributes\":[{\"name\":\"Name\",\"values\":[\"Sales\"]},{\"name\":\"Password\",\"values\":[\"#PW#\"]}]}");

  /** Passwords: a marker prefix (so they cannot occur by chance) and printable ASCII. */
  static Gen<String> passwords() {
    return strings()
        .betweenCodePoints('!', '~')
        .ofLengthBetween(4, 24)
        .map(s -> "Zq" + s.replace("\"", "").replace("\\", ""));
  }

  @Test
  void givenAnyPasswordInAnyRequest_handle_neverEchoesItInResponsesOrLogs() {
    FakeExchange premise = new FakeExchange(ExchangeVersion.EXCHANGE_2019);
    premise.mailboxes.put("jdoe", MailboxState.mailbox(MailboxType.USER, MailboxSettings.EMPTY));
    OpenIamConnector connector =
        OpenIamConnector.of(ExchangeUseCases.builder().premise(premise.backend()).build());
    PrintStream err = System.err;
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    try {
      qt().withExamples(300)
          .forAll(arbitrary().pick(TEMPLATES), passwords())
          .checkAssert(
              (template, password) -> {
                log.reset();
                String response = connector.handle(template.replace("#PW#", password));
                String logged = log.toString(StandardCharsets.UTF_8);
                assertFalse(response.contains(password), response);
                assertFalse(logged.contains(password), logged);
                assertTrue(logged.contains("OpenIAM "), "the request was not logged: " + logged);
                assertTrue(response.startsWith("{\"requestId\":"), response);
              });
    } finally {
      System.setErr(err);
    }
  }

  @Test
  void givenArbitraryText_handle_alwaysAnswersWithAJsonResponse() {
    OpenIamConnector connector =
        OpenIamConnector.of(
            ExchangeUseCases.builder()
                .premise(new FakeExchange(ExchangeVersion.EXCHANGE_2019).backend())
                .build());
    Gen<String> texts =
        strings()
            .allPossible()
            .ofLengthBetween(0, 80)
            .mix(
                arbitrary()
                    .pick(TEMPLATES)
                    .zip(
                        integers().between(0, 400),
                        strings().allPossible().ofLengthBetween(0, 3),
                        (t, at, junk) ->
                            t.substring(0, Math.min(at, t.length()))
                                + junk
                                + t.substring(Math.min(at, t.length()))),
                60);

    qt().withExamples(2000)
        .forAll(texts)
        .checkAssert(
            text -> {
              String response = connector.handle(text);
              assertTrue(response.startsWith("{\"requestId\":"), response);
              assertTrue(response.contains("\"status\":\""), response);
            });
  }
}
