package io.exchangekit.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.adapter.onprem.OnPremPowerShellProvider;
import io.exchangekit.core.mailbox.MailboxName;
import io.exchangekit.core.mailbox.MailboxParameter;
import io.exchangekit.core.mailbox.MailboxSettings;
import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.mode.NewUserBehavior;
import io.exchangekit.core.mode.Scope;
import io.exchangekit.core.recipient.RecipientIdentity;
import io.exchangekit.core.recipient.Secret;
import io.exchangekit.ports.in.Outcome;
import io.exchangekit.ports.in.mailbox.ProvisionMailboxCommand;
import io.exchangekit.ports.service.ExchangeUseCases;
import io.exchangekit.ports.spi.BackendConfig;
import io.exchangekit.ports.spi.Backends;
import io.exchangekit.ports.spi.ExchangeBackend;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EmulatorProvidersTest {
  private static final ClassLoader LOADER = EmulatorProvidersTest.class.getClassLoader();

  private static BackendConfig settings(Map<String, String> settings) {
    return BackendConfig.of(settings, Map.of());
  }

  private static Outcome createMailbox(ExchangeUseCases useCases, String upn) {
    MailboxSettings settings =
        MailboxSettings.builder()
            .set(MailboxParameter.NAME, MailboxName.of(upn.substring(0, upn.indexOf('@'))))
            .set(MailboxParameter.PASSWORD, Secret.of("Pa55word!x"))
            .build();
    return useCases
        .provisionMailbox()
        .provision(
            new ProvisionMailboxCommand(
                RecipientIdentity.of(upn),
                ConnectorMode.of(Scope.PREMISE, NewUserBehavior.CREATE),
                settings,
                false));
  }

  @Test
  void givenNoProviderName_lookUp_theRealAdapterIsChosenNeverTheEmulator() {
    assertInstanceOf(
        OnPremPowerShellProvider.class, Backends.exchange(Scope.PREMISE, Optional.empty(), LOADER));
    assertInstanceOf(
        EmulatorProviders.Premise.class,
        Backends.exchange(Scope.PREMISE, Optional.of(EmulatorProviders.NAME), LOADER));
    assertInstanceOf(
        EmulatorProviders.Directory.class,
        Backends.cloudDirectory(Optional.of(EmulatorProviders.NAME), LOADER));
  }

  @Test
  void givenBackendsOfOneWorld_provision_theWorldHoldsTheMailboxUntilTheLastBackendCloses()
      throws Exception {
    BackendConfig premise2016 = settings(Map.of("world", "shared-test", "version", "2016"));
    BackendConfig online = settings(Map.of("world", "shared-test", "pool.maxSessions", "1"));
    ExchangeBackend premise =
        Backends.exchange(Scope.PREMISE, Optional.of("emulator"), LOADER).create(premise2016);
    ExchangeBackend cloud =
        Backends.exchange(Scope.ONLINE, Optional.of("emulator"), LOADER).create(online);
    try {
      ExchangeUseCases useCases = ExchangeUseCases.builder().premise(premise).build();
      assertEquals(Outcome.Status.SUCCESS, createMailbox(useCases, "ann@contoso.com").status());
      assertTrue(EmulatedWorld.acquire("shared-test").organisation().hasMailbox("ann@contoso.com"));
      EmulatedWorld.release("shared-test");
    } finally {
      premise.close();
      cloud.close();
    }
    EmulatedWorld fresh = EmulatedWorld.acquire("shared-test");
    try {
      assertTrue(
          !fresh.organisation().hasMailbox("ann@contoso.com"),
          "the last backend's close stopped the world; a new one starts from the demo organisation");
    } finally {
      EmulatedWorld.release("shared-test");
    }
  }

  @Test
  void givenBadSettings_create_namesTheSettingAndWhatIsAllowed() {
    EmulatorProviders.Premise provider = new EmulatorProviders.Premise();
    IllegalArgumentException online =
        assertThrows(
            IllegalArgumentException.class,
            () -> provider.create(settings(Map.of("version", "Exchange Online"))));
    assertTrue(online.getMessage().startsWith("version is the emulated Exchange Server version"));
    IllegalArgumentException sessions =
        assertThrows(
            IllegalArgumentException.class,
            () -> provider.create(settings(Map.of("pool.maxSessions", "40"))));
    assertEquals(
        "pool.maxSessions must be 1 to 16 for the emulators but was 40", sessions.getMessage());
  }
}
