package io.exchangekit.adapter.powershell;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.exchangekit.adapter.powershell.Envelope.ErrorRecord;
import io.exchangekit.adapter.powershell.ExchangeErrorTable.Phase;
import io.exchangekit.core.error.ExchangeConnectorException;
import io.exchangekit.core.error.ServiceUnavailableException;
import io.exchangekit.core.error.ThrottledException;
import io.exchangekit.core.error.UnknownObjectException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Replays error records captured from real Exchange and Exchange Online (test resource
 * captured/errors.json, each with its source) through the error table.
 */
class CapturedErrorRecordsTest {
  static JsonNode captured(String name) {
    try (InputStream in = CapturedErrorRecordsTest.class.getResourceAsStream("/captured/" + name)) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ErrorRecord record(JsonNode c) {
    return new ErrorRecord(
        c.path("reason").asText(),
        c.path("fqid").asText(),
        c.path("message").asText(),
        c.path("category").asText());
  }

  private static ExchangeConnectorException map(ErrorRecord r, Phase phase) {
    return ExchangeErrorTable.toException(
        r, phase, "Get-Mailbox", Script.of("", "x"), Duration.ZERO);
  }

  @Test
  void givenEveryCapturedRecord_classify_choosesTheRowItsSourceShows() {
    List<Executable> checks = new ArrayList<>();
    for (JsonNode c : captured("errors.json")) {
      Optional<ExchangeErrorTable> row =
          ExchangeErrorTable.classify(record(c), Phase.valueOf(c.path("phase").asText()));
      checks.add(
          () ->
              assertEquals(
                  Optional.of(ExchangeErrorTable.valueOf(c.path("expected").asText())),
                  row,
                  c.path("id").asText()));
    }
    assertTrue(checks.size() >= 20);
    assertAll(checks);
  }

  @Test
  void givenRestServiceFailure_map_isARetryableServiceUnavailableNamingTheInnerType() {
    JsonNode rest = find("exo-rest-500-transient");
    ExchangeConnectorException e = map(record(rest), Phase.COMMAND);
    assertInstanceOf(ServiceUnavailableException.class, e);
    assertTrue(e.isRetryable());
    assertEquals("ADTransientException", e.remoteError().orElseThrow().code());
  }

  @Test
  void givenExchangeOnlineRecord_map_keepsTheRequestIdAndTheHumanText() {
    ExchangeConnectorException e = map(record(find("exo-couldnt-find-object")), Phase.COMMAND);
    assertInstanceOf(UnknownObjectException.class, e);
    assertEquals("051b4746-ac7d-91e1-204b-fc905edd84c8", e.remoteError().orElseThrow().requestId());
    assertTrue(e.getMessage().startsWith("Get-Mailbox failed: Couldn't find object"));
  }

  @Test
  void givenWsManQuotaCode_classify_isTheShellLimitWhateverTheText() {
    // ERROR_WSMAN_QUOTA_MAX_SHELLS (0x803381A5) .. _MIN_REQUIREMENT_NOT_AVAILABLE_PPQ (0x803381EA)
    qt().forAll(integers().between(0, 8), strings().basicLatinAlphabet().ofLengthBetween(0, 80))
        .checkAssert(
            (i, text) -> {
              int code =
                  (int)
                      List.of(
                              0x803381A5L,
                              0x803381A6L,
                              0x803381A7L,
                              0x803381A8L,
                              0x803381ABL,
                              0x803381E4L,
                              0x803381E5L,
                              0x803381E6L,
                              0x803381EAL)
                          .get(i)
                          .longValue();
              ErrorRecord r =
                  new ErrorRecord(
                      "PSRemotingTransportException", code + ",PSSessionOpenFailed", text, "");
              assertEquals(
                  Optional.of(ExchangeErrorTable.THROTTLED),
                  ExchangeErrorTable.classify(r, Phase.CONNECT));
              assertInstanceOf(ThrottledException.class, map(r, Phase.CONNECT));
            });
  }

  @Test
  void givenOtherWinRmCode_classify_isNotTheShellLimit() {
    // ERROR_WSMAN_NAME_NOT_RESOLVED's code: the server name could not be resolved
    ErrorRecord r =
        new ErrorRecord(
            "PSRemotingTransportException",
            "-2144108103,PSSessionOpenFailed",
            "Die Verbindung mit dem Remoteserver ist fehlgeschlagen.",
            "OpenError");
    assertNotEquals(
        Optional.of(ExchangeErrorTable.THROTTLED), ExchangeErrorTable.classify(r, Phase.CONNECT));
  }

  @Test
  void givenCmdletFailureCategory_classify_readsTheTypeInAnyLanguage() {
    qt().forAll(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 60))
        .checkAssert(
            text -> {
              ErrorRecord r =
                  new ErrorRecord(
                      "",
                      "[Server=EX1,RequestId=r,TimeStamp=t] [FailureCategory=Cmdlet-"
                          + "ADObjectAlreadyExistsException] 5E0E3A41,Microsoft.Exchange."
                          + "Management.RecipientTasks.NewMailbox",
                      text,
                      "NotSpecified");
              assertEquals(
                  Optional.of(ExchangeErrorTable.ALREADY_EXISTS),
                  ExchangeErrorTable.classify(r, Phase.COMMAND));
            });
  }

  @Test
  void givenRestStatus_classify_throttlesOn429AndRetriesServerErrors() {
    assertEquals(
        Optional.of(ExchangeErrorTable.THROTTLED),
        ExchangeErrorTable.classify(
            new ErrorRecord(
                "",
                "",
                "Error while querying REST service. HttpStatusCode=429 ErrorMessage={}",
                ""),
            Phase.COMMAND));
    assertEquals(
        Optional.of(ExchangeErrorTable.TRANSIENT),
        ExchangeErrorTable.classify(
            new ErrorRecord(
                "", "", "Error while querying REST service. HttpStatusCode=502 ErrorMessage=", ""),
            Phase.COMMAND));
    // the embedded type is more precise than the status: a 500 that says "not found" is one
    assertEquals(
        Optional.of(ExchangeErrorTable.NOT_FOUND),
        ExchangeErrorTable.classify(
            new ErrorRecord(
                "",
                "",
                "Error while querying REST service. HttpStatusCode=500 ErrorMessage={\"error\":"
                    + "{\"details\":[{\"message\":\"Ex6F9304|Microsoft.Exchange.Configuration."
                    + "Tasks.ManagementObjectNotFoundException|x\"}]}}",
                ""),
            Phase.COMMAND));
  }

  private static JsonNode find(String id) {
    for (JsonNode c : captured("errors.json")) {
      if (c.path("id").asText().equals(id)) {
        return c;
      }
    }
    throw new IllegalArgumentException(id);
  }
}
