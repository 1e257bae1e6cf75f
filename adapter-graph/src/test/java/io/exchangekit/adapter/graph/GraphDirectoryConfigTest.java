package io.exchangekit.adapter.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.exchangekit.core.recipient.Secret;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class GraphDirectoryConfigTest {

  private static final GraphDirectoryConfig.Credential SECRET =
      new GraphDirectoryConfig.ClientSecret(Secret.of("very-secret-value"));

  @Test
  void givenDefaults_of_targetsThePublicCloud() {
    GraphDirectoryConfig c = GraphDirectoryConfig.of("contoso.onmicrosoft.com", "app", SECRET);
    assertEquals(
        URI.create("https://login.microsoftonline.com/contoso.onmicrosoft.com/"), c.authority());
    assertEquals(URI.create("https://graph.microsoft.com/v1.0"), c.graphBaseUrl());
    assertEquals(
        "https://graph.microsoft.com/.default", MsalTokenProvider.scopeFor(c.graphBaseUrl()));
  }

  @Test
  void givenPlainHttpOrNoAttempts_constructor_rejectsTheConfiguration() {
    GraphDirectoryConfig c = GraphDirectoryConfig.of("contoso", "app", SECRET);
    assertThrows(
        IllegalArgumentException.class,
        () -> c.withEndpoints(URI.create("http://127.0.0.1:1/"), c.graphBaseUrl()));
    assertThrows(IllegalArgumentException.class, () -> c.withRetries(0, Duration.ofSeconds(1)));
    assertThrows(IllegalArgumentException.class, () -> c.withSkuCacheTtl(Duration.ZERO));
    assertThrows(
        IllegalArgumentException.class, () -> c.withReplicationWait(Duration.ofSeconds(-1)));
  }

  @Test
  void givenNoReplicationWait_of_waitsThirtySecondsForANewUserToReplicate() {
    GraphDirectoryConfig c = GraphDirectoryConfig.of("contoso", "app", SECRET);
    assertEquals(Duration.ofSeconds(30), c.replicationWait());
    assertEquals(Duration.ZERO, c.withReplicationWait(Duration.ZERO).replicationWait());
  }

  @Test
  void givenASecret_toString_neverShowsIt() {
    GraphDirectoryConfig c = GraphDirectoryConfig.of("contoso", "app", SECRET);
    assertFalse(c.toString().contains("very-secret-value"));
  }
}
