package io.exchangekit.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import io.exchangekit.emulator.exchange.org.Organisation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SEARCH through the built jar: 10,000 mailboxes answered under a small heap (the organisation
 * lives in the Exchange emulator's own process, started by jPowerShell as the on-premises backend's
 * PowerShell), and a SEARCH over the real RabbitMQ broker answered in pages.
 */
class SearchJarIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final URI BROKER =
      URI.create(
          System.getenv()
              .getOrDefault("EXCHANGEKIT_RABBITMQ_URI", "amqp://guest:guest@localhost:5672/%2f"));

  @TempDir Path dir;

  @Test
  void givenTenThousandMailboxes_searchThroughTheJarWithA32MbHeap_answersEveryObjectOnOneLine()
      throws Exception {
    int count = 10_000;
    Path organisation = dir.resolve("organisation.json");
    Files.writeString(organisation, organisation(count), StandardCharsets.UTF_8);
    Path launcher = dir.resolve("exchange-emulator.sh");
    Files.writeString(
        launcher,
        "#!/bin/sh\nexec '"
            + Path.of(System.getProperty("java.home"), "bin", "java")
            + "' -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp '"
            + JarProcess.jar()
            + "' io.exchangekit.emulator.exchange.ps.EmulatedPowerShell --version 2019"
            + " --organisation '"
            + organisation
            + "' \"$@\"\n",
        StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path config = dir.resolve("connector.properties");
    Files.writeString(
        config,
        String.join(
            "\n",
            "premise.server=ex01.contoso.com",
            "premise.exchange.version=2019",
            "premise.wsman.linuxClient=true",
            "premise.powershell.executable=" + launcher,
            "premise.pool.maxSessions=1",
            ""),
        StandardCharsets.UTF_8);
    String search =
        "{\"requestId\":\"big\",\"operation\":\"SEARCH\",\"objectType\":\"USER\","
            + "\"searchQuery\":\"Get-Mailbox\","
            + "\"requestedAttributes\":[\"PrimarySmtpAddress\",\"Database\",\"Alias\"]}\n";

    JarProcess.Result r;
    try (JarProcess p =
        JarProcess.start("search-10k", search, List.of("-Xmx32m"), "--config", config.toString())) {
      r = new JarProcess.Result(p.awaitExit(Duration.ofMinutes(3)), p.stdout(), p.stderr());
    }

    assertEquals(0, r.exitCode(), r.stderr());
    List<String> lines = r.stdout().lines().toList();
    assertEquals(1, lines.size(), "one response line");
    JsonNode response = JSON.readTree(lines.get(0));
    assertEquals("SUCCESS", response.path("status").asText(), lines.get(0).substring(0, 300));
    // the generated users plus the demo organisation's own mailboxes
    int found = response.path("objects").size();
    assertTrue(found >= count, found + " objects");
    assertEquals(found + " objects found", response.path("messages").path(0).asText());
    Set<String> generated = new HashSet<>();
    for (JsonNode o : response.path("objects")) {
      String smtp = o.path("attributes").path("PrimarySmtpAddress").path(0).asText();
      if (smtp.matches("user\\d+@contoso\\.com")) {
        generated.add(smtp);
      }
    }
    assertEquals(count, generated.size(), "every generated mailbox once");
    assertTrue(!r.stderr().contains("OutOfMemoryError"), r.stderr());
  }

  @Test
  void givenASmallMaxReplySize_searchOverTheQueue_arrivesInPagesThatReassembleIntoOneResponse()
      throws Exception {
    String queue = "exchangekit-search-jar-it-" + UUID.randomUUID();
    Path config = dir.resolve("queue.properties");
    Files.writeString(
        config,
        String.join(
            "\n",
            "premise.provider=emulator",
            "rabbitmq.uri=" + BROKER,
            "rabbitmq.queue=" + queue,
            "rabbitmq.maxReplyBytes=1024",
            ""),
        StandardCharsets.UTF_8);
    ConnectionFactory f = new ConnectionFactory();
    f.setUri(BROKER);
    List<Map.Entry<Map<String, Object>, byte[]>> pages = new CopyOnWriteArrayList<>();
    try (Connection connection = f.newConnection("exchangekit-search-jar-it");
        JarProcess p = JarProcess.start("queue-pages", "", "--config", config.toString())) {
      Channel channel = connection.createChannel();
      channel.queueDeclare(queue, true, false, false, null);
      String replies = channel.queueDeclare().getQueue();
      channel.basicConsume(
          replies,
          true,
          (tag, d) -> pages.add(Map.entry(d.getProperties().getHeaders(), d.getBody())),
          tag -> {});
      p.awaitStderr("consuming", Duration.ofSeconds(60));
      // mailboxes to find: each create's reply is one page
      for (int i = 0; i < 6; i++) {
        publish(
            channel,
            queue,
            replies,
            "{\"requestId\":\"c"
                + i
                + "\",\"operation\":\"SAVE\",\"objectType\":\"USER\",\"identityName\":"
                + "\"paged"
                + i
                + "@contoso.com\",\"attributes\":[{\"name\":\"ConnectorModeSettings\",\"values\":"
                + "[\"{\\\"connectorScope\\\":\\\"premise\\\",\\\"newUserBehavior\\\":\\\"create\\\"}\"]},"
                + "{\"name\":\"Name\",\"values\":[\"Paged "
                + i
                + "\"]},{\"name\":\"Password\",\"values\":[\"Pa55-word-"
                + i
                + "\"]}]}");
        awaitLastPage(pages);
        String text = new String(pages.get(0).getValue(), StandardCharsets.UTF_8);
        assertTrue(text.contains("\"status\":\"SUCCESS\""), text);
        pages.clear();
      }
      publish(
          channel,
          queue,
          replies,
          "{\"requestId\":\"q1\",\"operation\":\"SEARCH\",\"objectType\":\"USER\","
              + "\"searchQuery\":\"Get-Mailbox | Select-Object\"}");
      awaitLastPage(pages);
      channel.queueDelete(queue);
      assertEquals(JarProcess.EXIT_ON_SIGTERM, p.stop(Duration.ofSeconds(45)), p.stderr());
    }

    assertTrue(pages.size() >= 2, "several pages: " + pages.size());
    ByteArrayOutputStream whole = new ByteArrayOutputStream();
    for (int i = 0; i < pages.size(); i++) {
      Map<String, Object> headers = pages.get(i).getKey();
      byte[] body = pages.get(i).getValue();
      assertEquals(i + 1, ((Number) headers.get("exchangekit-page")).intValue());
      assertEquals(i == pages.size() - 1, headers.get("exchangekit-last-page"));
      assertTrue(body.length <= 1024, "page " + (i + 1) + " has " + body.length + " bytes");
      whole.write(body);
    }
    JsonNode response = JSON.readTree(whole.toString(StandardCharsets.UTF_8));
    assertEquals("q1", response.path("requestId").asText());
    assertEquals("SUCCESS", response.path("status").asText(), response.toString());
    int found = response.path("objects").size();
    assertTrue(found >= 6, response.toString());
    assertEquals(found + " objects found", response.path("messages").path(0).asText());
  }

  private static void publish(Channel channel, String queue, String replies, String body)
      throws IOException {
    channel.basicPublish(
        "",
        queue,
        new AMQP.BasicProperties.Builder()
            .correlationId(UUID.randomUUID().toString())
            .replyTo(replies)
            .contentType("application/json")
            .build(),
        body.getBytes(StandardCharsets.UTF_8));
  }

  private static void awaitLastPage(List<Map.Entry<Map<String, Object>, byte[]>> pages)
      throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (pages.isEmpty()
        || !Boolean.TRUE.equals(
            pages.get(pages.size() - 1).getKey().get("exchangekit-last-page"))) {
      assertTrue(System.nanoTime() < end, "the last page within 60 s: " + pages.size());
      Thread.sleep(50);
    }
  }

  /** The demo organisation with {@code count} more users, each with a mailbox. */
  private static String organisation(int count) throws IOException {
    ObjectNode root = (ObjectNode) JSON.readTree(Organisation.demo().toJson());
    ArrayNode users = (ArrayNode) root.get("users");
    for (int i = 0; i < count; i++) {
      String name = "user" + i;
      ObjectNode u = users.addObject();
      u.put("guid", String.format(Locale.ROOT, "00000000-0000-4000-8000-%012d", i));
      u.put("name", name);
      u.put("displayName", "User " + i);
      u.put("userPrincipalName", name + "@contoso.com");
      u.put("samAccountName", name);
      u.put("organizationalUnit", "contoso.com/Users");
      u.put("enabled", true);
      ObjectNode m = u.putObject("mailbox");
      m.put("alias", name);
      m.putArray("emailAddresses").add("SMTP:" + name + "@contoso.com");
      m.put("database", i % 2 == 0 ? "DB01" : "DB02");
      m.put("retentionPolicy", "Default MRM Policy");
      m.put("sharingPolicy", "Default Sharing Policy");
      m.put("roleAssignmentPolicy", "Default Role Assignment Policy");
    }
    return JSON.writeValueAsString(root);
  }
}
