package io.exchangekit.benchmarks;

import io.exchangekit.adapter.onprem.OnPremConfig;
import io.exchangekit.adapter.onprem.OnPremPowerShellProvider;
import io.exchangekit.adapter.openiam.OpenIamConnector;
import io.exchangekit.adapter.powershell.PowerShellBackend;
import io.exchangekit.adapter.powershell.PowerShellHost;
import io.exchangekit.adapter.powershell.PowerShellOptions;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.embedded.EmulatorHost;
import io.exchangekit.emulator.exchange.ExchangeEmulator;
import io.exchangekit.ports.service.ExchangeUseCases;
import io.exchangekit.ports.spi.ExchangeBackend;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * The real stack over the in-process Exchange emulator: {@link OpenIamConnector} over {@link
 * ExchangeUseCases} over the on-premises PowerShell adapter, whose sessions are emulator sessions.
 */
public final class EmulatedStack implements AutoCloseable {
  private final ExchangeEmulator emulator;
  private final ExchangeBackend backend;
  private final ExchangeUseCases useCases;
  private final OpenIamConnector connector;

  private EmulatedStack(
      ExchangeEmulator emulator, PowerShellOptions options, PowerShellBackend.HostFactory hosts) {
    this.emulator = emulator;
    this.backend =
        new OnPremPowerShellProvider()
            .create(
                new OnPremConfig(
                    "ex01.contoso.com",
                    false,
                    OnPremConfig.Authentication.KERBEROS,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(emulator.version()),
                    options),
                hosts);
    this.useCases = ExchangeUseCases.builder().premise(backend).build();
    this.connector = OpenIamConnector.of(useCases);
  }

  /** The stack over {@code emulator}, with a pool of {@code sessions}. */
  public static EmulatedStack over(ExchangeEmulator emulator, int sessions) {
    return over(emulator, options(sessions), h -> h);
  }

  /** The stack over {@code emulator}; each new host passes through {@code wrap}. */
  public static EmulatedStack over(
      ExchangeEmulator emulator,
      PowerShellOptions options,
      Function<EmulatorHost, PowerShellHost> wrap) {
    return new EmulatedStack(
        emulator, options, () -> wrap.apply(new EmulatorHost(emulator.newDisconnectedSession())));
  }

  /**
   * The stack with sessions from {@code hosts}, e.g. from several emulators sharing {@code
   * emulator}'s organisation.
   */
  public static EmulatedStack over(
      ExchangeEmulator emulator, PowerShellOptions options, PowerShellBackend.HostFactory hosts) {
    return new EmulatedStack(emulator, options, hosts);
  }

  /** Pool options for the emulator: short back-off, otherwise the defaults. */
  public static PowerShellOptions options(int sessions) {
    return new PowerShellOptions(
        "pwsh",
        sessions,
        Duration.ofMinutes(10),
        Duration.ofHours(1),
        Duration.ofSeconds(30),
        Duration.ofSeconds(30),
        Duration.ofMinutes(15),
        3,
        Duration.ofMillis(20),
        500,
        false);
  }

  /** An Exchange 2016 emulator. */
  public static ExchangeEmulator exchange2016() {
    return ExchangeEmulator.forVersion(ExchangeVersion.EXCHANGE_2016);
  }

  public ExchangeEmulator emulator() {
    return emulator;
  }

  public ExchangeUseCases useCases() {
    return useCases;
  }

  public OpenIamConnector connector() {
    return connector;
  }

  @Override
  public void close() {
    try {
      backend.close();
    } catch (Exception e) {
      throw new IllegalStateException("closing the backend failed", e);
    }
  }
}
