package io.exchangekit.ports.spi;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.core.mode.Scope;
import io.exchangekit.core.recipient.Secret;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackendsTest {
  @Test
  void givenNoProviderOnTheClassPath_exchange_failsListingWhatWasFound() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> Backends.exchange(Scope.PREMISE, Optional.empty(), getClass().getClassLoader()));
    assertTrue(e.getMessage().contains("No Exchange backend for scope PREMISE"), e.getMessage());
    assertTrue(e.getMessage().contains("Providers on the class path: none"), e.getMessage());
  }

  @Test
  void givenNoDirectoryProvider_cloudDirectory_failsInsteadOfDoingNothing() {
    assertThrows(
        IllegalStateException.class,
        () -> Backends.cloudDirectory(Optional.of("graph"), getClass().getClassLoader()));
  }

  @Test
  void givenSecrets_backendConfigToString_showsOnlyTheirKeys() {
    BackendConfig c =
        BackendConfig.of(
            Map.of("url", "ex01.contoso.com"), Map.of("password", Secret.of("Hunter2!")));
    assertTrue(c.toString().contains("password"));
    assertTrue(!c.toString().contains("Hunter2!"));
    assertTrue(c.secret("PASSWORD").isPresent(), "keys compare ignoring case");
    assertThrows(IllegalArgumentException.class, () -> c.required("login"));
    assertThrows(
        IllegalArgumentException.class,
        () -> BackendConfig.of(Map.of("poolSize", "four"), Map.of()).intSetting("poolSize", 4));
  }
}
