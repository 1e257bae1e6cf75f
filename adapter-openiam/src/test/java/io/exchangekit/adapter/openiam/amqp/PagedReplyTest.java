package io.exchangekit.adapter.openiam.amqp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import io.exchangekit.adapter.openiam.OpenIamHandler;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Replies longer than {@link RabbitMqSettings#maxReplyBytes()}, against the real broker. */
class PagedReplyTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  /** One reply message as the requester sees it. */
  record Page(int number, boolean last, byte[] body) {}

  private static RabbitMqSettings settings(String queue, int maxReplyBytes) {
    return new RabbitMqSettings(
        Broker.URI_, queue, 2, 2, Duration.ofSeconds(10), Duration.ofSeconds(2), maxReplyBytes);
  }

  /** A response of about {@code size} bytes with characters of 1 to 4 UTF-8 bytes throughout. */
  private static String response(String id, int size) {
    StringBuilder b = new StringBuilder("{\"requestId\":\"" + id + "\",\"objects\":[");
    for (int i = 0; b.length() < size; i++) {
      b.append(i == 0 ? "" : ",").append("\"é€😀-").append(i).append('"');
    }
    return b.append("],\"status\":\"SUCCESS\"}").toString();
  }

  @Test
  void givenALongResponse_streamingConsumer_sendsPagesThatReassembleIntoIt() throws Exception {
    String queue = Broker.uniqueQueue("pages");
    Map<String, String> written = new ConcurrentHashMap<>();
    OpenIamHandler handler =
        (request, out) -> {
          String id = RabbitMqConsumer.requestId(request);
          String text = response(id, id.equals("long") ? 20_000 : 300);
          written.put(id, text);
          // written in small pieces, as a streamed response is
          for (int i = 0; i < text.length(); i += 100) {
            out.write(text, i, Math.min(100, text.length() - i));
          }
          out.flush();
        };
    try (Replies replies = new Replies(queue);
        RabbitMqConsumer consumer = RabbitMqConsumer.streaming(settings(queue, 1024), handler)) {
      consumer.start();
      String longOne = replies.send(RabbitMqConsumerTest.request("long", "a@contoso.com"));
      String shortOne = replies.send(RabbitMqConsumerTest.request("short", "b@contoso.com"));
      Broker.await(
          () -> replies.complete(longOne) && replies.complete(shortOne), WAIT, "both replies");

      List<Page> pages = replies.pages.get(longOne);
      assertTrue(pages.size() >= 20, "20,000 bytes in pages of 1,024: " + pages.size());
      ByteArrayOutputStream whole = new ByteArrayOutputStream();
      for (int i = 0; i < pages.size(); i++) {
        Page p = pages.get(i);
        assertEquals(i + 1, p.number(), "pages in order, numbered from 1");
        assertEquals(i == pages.size() - 1, p.last(), "only the last page is marked last");
        assertTrue(p.body().length <= 1024, "page " + p.number() + ": " + p.body().length);
        strictUtf8(p.body()); // no character is cut in two
        whole.write(p.body());
      }
      assertArrayEquals(written.get("long").getBytes(StandardCharsets.UTF_8), whole.toByteArray());

      List<Page> single = replies.pages.get(shortOne);
      assertEquals(1, single.size(), "a short reply is one message");
      assertEquals(1, single.get(0).number());
      assertTrue(single.get(0).last());
      assertEquals(written.get("short"), new String(single.get(0).body(), StandardCharsets.UTF_8));
      assertEquals(pages.size() + 1, consumer.pagesPublished());
    }
  }

  @Test
  void givenAHandlerThatThrowsAfterWritingPages_streamingConsumer_startsAFailureAtPageOne()
      throws Exception {
    String queue = Broker.uniqueQueue("pages-fail");
    OpenIamHandler handler =
        (request, out) -> {
          out.write(response("x", 5_000));
          out.flush();
          throw new IllegalStateException("bug");
        };
    try (Replies replies = new Replies(queue);
        RabbitMqConsumer consumer = RabbitMqConsumer.streaming(settings(queue, 1024), handler)) {
      consumer.start();
      String id = replies.send(RabbitMqConsumerTest.request("f", "c@contoso.com"));
      Broker.await(() -> replies.complete(id), WAIT, "the reply");

      List<Page> pages = replies.pages.get(id);
      Page last = pages.get(pages.size() - 1);
      assertEquals(1, last.number(), "the failure restarts the reply");
      String text = new String(last.body(), StandardCharsets.UTF_8);
      assertTrue(text.contains("\"status\":\"FAILURE\""), text);
      assertTrue(text.contains("internal error: IllegalStateException"), text);
    }
  }

  @Test
  void givenAMaxReplySizeOutOfRange_settings_nameTheRange() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> settings("q", 1000));
    assertEquals("'maxReplyBytes' must be from 1024 to 134217728 but was 1000", e.getMessage());
    assertEquals(
        RabbitMqSettings.DEFAULT_MAX_REPLY_BYTES,
        RabbitMqSettings.of(Broker.URI_, "q", 2).maxReplyBytes());
  }

  private static void strictUtf8(byte[] body) throws CharacterCodingException {
    StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(body));
  }

  /** OpenIAM's side: sends requests, collects every reply message with its page headers. */
  private static final class Replies implements AutoCloseable {
    final Map<String, List<Page>> pages = new ConcurrentHashMap<>();
    private final Connection connection;
    private final Channel channel;
    private final String queue;
    private final String replyQueue;

    Replies(String queue) throws Exception {
      this.queue = queue;
      connection = Broker.connect();
      channel = connection.createChannel();
      channel.queueDeclare(queue, true, false, false, null);
      replyQueue = channel.queueDeclare().getQueue();
      channel.basicConsume(
          replyQueue,
          true,
          (tag, d) -> {
            Map<String, Object> h = d.getProperties().getHeaders();
            pages
                .computeIfAbsent(
                    d.getProperties().getCorrelationId(), k -> new CopyOnWriteArrayList<>())
                .add(
                    new Page(
                        ((Number) h.get(RabbitMqConsumer.PAGE_HEADER)).intValue(),
                        (Boolean) h.get(RabbitMqConsumer.LAST_PAGE_HEADER),
                        d.getBody()));
          },
          tag -> {});
    }

    String send(String body) throws Exception {
      String id = UUID.randomUUID().toString();
      channel.basicPublish(
          "",
          queue,
          new AMQP.BasicProperties.Builder().correlationId(id).replyTo(replyQueue).build(),
          body.getBytes(StandardCharsets.UTF_8));
      return id;
    }

    boolean complete(String correlationId) {
      List<Page> p = pages.get(correlationId);
      return p != null && !p.isEmpty() && p.get(p.size() - 1).last();
    }

    @Override
    public void close() throws Exception {
      channel.queueDelete(queue);
      connection.close();
    }
  }
}
