package io.exchangekit.adapter.openiam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.exchangekit.adapter.openiam.model.OpenIamErrorCode;
import io.exchangekit.adapter.openiam.model.OpenIamResponse;
import io.exchangekit.adapter.openiam.model.OpenIamStatus;
import io.exchangekit.adapter.openiam.wire.OpenIamWireCodec;
import io.exchangekit.core.error.ServiceUnavailableException;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.search.RecipientRecord;
import io.exchangekit.ports.service.ExchangeUseCases;
import io.exchangekit.ports.spi.ExchangeBackend;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@link OpenIamConnector#handle(String, Writer)}: a SEARCH written while its records arrive. */
class StreamingSearchTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SEARCH =
      "{\"requestId\":\"s1\",\"operation\":\"SEARCH\",\"objectType\":\"USER\","
          + "\"searchQuery\":\"Get-Mailbox | Select-Object\","
          + "\"requestedAttributes\":[\"PrimarySmtpAddress\",\"Alias\",\"Foo\"]}";

  private final FakeExchange premise = new FakeExchange(ExchangeVersion.EXCHANGE_2019);
  private final AtomicInteger closed = new AtomicInteger();

  private static RecipientRecord record(int i) {
    return new RecipientRecord(
        "user" + i + "@contoso.com",
        Map.of(
            "PrimarySmtpAddress",
            List.of("user" + i + "@contoso.com"),
            "Alias",
            List.of("user" + i)));
  }

  /** A connector whose on-premises search yields what {@code records} makes of its query. */
  private OpenIamConnector connector(IntFunction<Stream<RecipientRecord>> records) {
    ExchangeBackend backend =
        new ExchangeBackend(
            premise, premise, q -> records.apply(0).onClose(closed::incrementAndGet), () -> {});
    return OpenIamConnector.of(ExchangeUseCases.builder().premise(backend).build());
  }

  private static String stream(OpenIamConnector connector, String request) throws IOException {
    StringWriter out = new StringWriter();
    connector.handle(request, out);
    return out.toString();
  }

  @Test
  void givenASearchOf2500Records_handleToWriter_writesOneResponseWithTheSameContentAsHandle()
      throws IOException {
    OpenIamConnector connector = connector(x -> IntStream.range(0, 2500).mapToObj(i -> record(i)));

    String streamed = stream(connector, SEARCH);
    String whole = connector.handle(SEARCH);

    assertFalse(streamed.contains("\n"), "one line");
    OpenIamWireCodec codec = new OpenIamWireCodec();
    OpenIamResponse a = codec.decodeResponse(streamed);
    OpenIamResponse b = codec.decodeResponse(whole);
    assertEquals(b, a);
    assertEquals(OpenIamStatus.SUCCESS, a.status());
    assertEquals(List.of("2500 objects found"), a.messages());
    assertEquals(2500, a.objects().size());
    assertEquals("user2499@contoso.com", a.objects().get(2499).identityName());
    assertNull(a.objects().get(7).attributes().get("Foo"));
    assertTrue(a.objects().get(7).attributes().containsKey("Foo"), "absent attributes are null");
    JsonNode tree = JSON.readTree(streamed);
    List<String> fields = new ArrayList<>();
    tree.fieldNames().forEachRemaining(fields::add);
    assertEquals(List.of("requestId", "objects", "status"), fields.subList(0, 3));
    assertEquals(2, closed.get(), "each search's stream was closed");
  }

  @Test
  void givenTheDocumentedExample_handleToWriter_writesTheDocumentedStreamedResponse()
      throws IOException {
    OpenIamConnector connector =
        connector(
            x ->
                Stream.of(
                    new RecipientRecord(
                        "jdoe@contoso.com", Map.of("DisplayName", List.of("John Doe")))));

    String text =
        stream(
            connector,
            "{\"requestId\":\"s1\",\"operation\":\"SEARCH\",\"objectType\":\"USER\","
                + "\"requestedAttributes\":[\"DisplayName\"]}");

    // docs/openiam-wire-format.md, "SEARCH responses written as they arrive"
    assertEquals(
        "{\"requestId\":\"s1\",\"objects\":[{\"identityName\":\"jdoe@contoso.com\","
            + "\"attributes\":{\"DisplayName\":[\"John Doe\"]}}],\"status\":\"SUCCESS\","
            + "\"errorCode\":null,\"errorMessages\":[],\"messages\":[\"1 object found\"],"
            + "\"warnings\":[],\"pending\":[],\"completedSteps\":[],\"dryRun\":false,"
            + "\"plan\":null,\"retryable\":false}",
        text);
  }

  @Test
  void givenALongSearch_handleToWriter_hasWrittenEarlyObjectsBeforeLaterOnesArrive()
      throws IOException {
    StringWriter out = new StringWriter();
    AtomicInteger writtenWhenLastAsked = new AtomicInteger(-1);
    OpenIamConnector connector =
        connector(
            x ->
                IntStream.range(0, 3000)
                    .mapToObj(
                        i -> {
                          if (i == 2999) {
                            writtenWhenLastAsked.set(out.getBuffer().length());
                          }
                          return record(i);
                        }));

    connector.handle(SEARCH, out);

    assertTrue(
        writtenWhenLastAsked.get() > out.getBuffer().length() / 2,
        "most of the response had left before the last record was read: "
            + writtenWhenLastAsked.get()
            + " of "
            + out.getBuffer().length());
    assertTrue(
        out.getBuffer().substring(0, writtenWhenLastAsked.get()).contains("user0@contoso.com"));
  }

  @Test
  void givenARecordsFirstPropertyList_handleToWriter_letsItBeCollectedWhileTheSearchGoesOn()
      throws IOException {
    AtomicReferenceHolder first = new AtomicReferenceHolder();
    AtomicBoolean collected = new AtomicBoolean();
    OpenIamConnector connector =
        connector(
            x ->
                IntStream.range(0, 400)
                    .mapToObj(
                        i -> {
                          if (i == 0) {
                            // a large value only this record holds
                            List<String> big = List.of("x".repeat(4_000_000));
                            first.ref = new WeakReference<>(big);
                            return new RecipientRecord(
                                "user0@contoso.com", Map.of("PrimarySmtpAddress", big));
                          }
                          if (i == 399) {
                            collected.set(gone(first.ref));
                          }
                          return record(i);
                        }));
    Writer discard = Writer.nullWriter();

    connector.handle(SEARCH, discard);

    assertTrue(collected.get(), "the first record was not held until the search ended");
  }

  @Test
  void givenASearchThatFailsAfter700Records_handleToWriter_endsInACompleteFailureResponse()
      throws IOException {
    OpenIamConnector connector =
        connector(
            x ->
                IntStream.range(0, 1000)
                    .mapToObj(
                        i -> {
                          if (i == 700) {
                            throw new ServiceUnavailableException(
                                "the PowerShell session ended during the search");
                          }
                          return record(i);
                        }));

    String text = stream(connector, SEARCH);

    OpenIamResponse r = new OpenIamWireCodec().decodeResponse(text);
    assertEquals(OpenIamStatus.FAILURE, r.status());
    assertEquals(Optional.of(OpenIamErrorCode.SYSTEM_UNAVAILABLE), r.errorCode());
    assertTrue(r.retryable());
    assertTrue(
        r.errorMessages().get(0).contains("the PowerShell session ended during the search"),
        r.errorMessages().toString());
    assertEquals(
        List.of("the search failed after 700 objects were written: the object list is incomplete"),
        r.messages());
    assertEquals(700, r.objects().size());
    assertEquals(1, closed.get(), "the failed search's stream was closed");
  }

  @Test
  void givenAnOutputThatFails_handleToWriter_throwsItsIOExceptionAndClosesTheSearch() {
    OpenIamConnector connector = connector(x -> IntStream.range(0, 5000).mapToObj(i -> record(i)));
    Writer broken =
        new Writer() {
          private int written;

          @Override
          public void write(char[] buf, int off, int len) throws IOException {
            written += len;
            if (written > 50_000) {
              throw new IOException("Broken pipe");
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };

    IOException e = assertThrows(IOException.class, () -> connector.handle(SEARCH, broken));

    assertEquals("Broken pipe", e.getMessage());
    assertEquals(1, closed.get(), "the search's stream was closed");
  }

  @Test
  void givenARequestThatIsNotASearch_handleToWriter_writesWhatHandleReturns() throws IOException {
    OpenIamConnector connector = connector(x -> Stream.empty());
    String refused =
        "{\"requestId\":\"s2\",\"operation\":\"SEARCH\",\"objectType\":\"USER\","
            + "\"searchQuery\":\"Get-Mailbox; Remove-Mailbox -Identity ceo\"}";

    for (String request : List.of("not json", "{\"operation\":\"TEST\"}", refused)) {
      assertEquals(connector.handle(request), stream(connector, request), request);
    }
    assertTrue(premise.untouched());
  }

  private static final class AtomicReferenceHolder {
    volatile WeakReference<List<String>> ref;
  }

  private static boolean gone(WeakReference<?> ref) {
    for (int i = 0; i < 20 && ref.get() != null; i++) {
      System.gc();
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return ref.get() == null;
  }
}
