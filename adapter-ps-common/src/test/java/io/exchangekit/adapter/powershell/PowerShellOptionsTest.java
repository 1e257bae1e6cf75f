package io.exchangekit.adapter.powershell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.core.error.ServiceUnavailableException;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.ports.spi.BackendConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PowerShellOptionsTest {

  @Test
  void givenPlatform_defaultExecutable_isPowershellExeOnWindowsAndPwshElsewhere() {
    assertEquals("powershell.exe", PowerShellOptions.defaultExecutable(true));
    assertEquals("pwsh", PowerShellOptions.defaultExecutable(false));
    assertEquals(
        PowerShellOptions.defaultExecutable(PowerShellOptions.isWindowsHost()),
        PowerShellOptions.defaults(4).executable());
  }

  @Test
  void givenSettings_from_readsEveryKey() {
    PowerShellOptions o =
        PowerShellOptions.from(
            BackendConfig.of(
                Map.of(
                    "powershell.executable", "/opt/microsoft/powershell/7/pwsh",
                    "pool.maxSessions", "2",
                    "pool.idleSeconds", "30",
                    "pool.maxAgeSeconds", "600",
                    "timeout.callSeconds", "1.5",
                    "timeout.connectSeconds", "60",
                    "timeout.searchSeconds", "120",
                    "throttle.retries", "5",
                    "throttle.backoffMillis", "100",
                    "search.pageSize", "250"),
                Map.of()),
            3);
    assertEquals("/opt/microsoft/powershell/7/pwsh", o.executable());
    assertEquals(2, o.maxSessions());
    assertEquals(Duration.ofSeconds(30), o.idleTimeout());
    assertEquals(Duration.ofMinutes(10), o.maxAge());
    assertEquals(Duration.ofMillis(1500), o.callTimeout());
    assertEquals(Duration.ofMinutes(1), o.connectTimeout());
    assertEquals(Duration.ofMinutes(2), o.searchTimeout());
    assertEquals(5, o.throttleRetries());
    assertEquals(Duration.ofMillis(100), o.throttleBackoff());
    assertEquals(250, o.pageSize());
    assertEquals(3, PowerShellOptions.from(BackendConfig.of(Map.of(), Map.of()), 3).maxSessions());
  }

  @Test
  void givenInvalidValues_from_namesTheKey() {
    for (Map<String, String> bad :
        List.of(
            Map.of("pool.maxSessions", "0"),
            Map.of("timeout.callSeconds", "soon"),
            Map.of("search.pageSize", "0"),
            Map.of("powershell.executable", " "))) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> PowerShellOptions.from(BackendConfig.of(bad, Map.of()), 3));
      String key = bad.keySet().iterator().next();
      assertTrue(e.getMessage().contains(key), e.getMessage());
    }
  }

  @Test
  void givenMissingExecutable_firstCall_failsAsServiceUnavailableNamingIt() {
    PowerShellOptions d = PowerShellOptions.defaults(1);
    PowerShellOptions o =
        new PowerShellOptions(
            "/nonexistent/exchangekit/pwsh",
            1,
            d.idleTimeout(),
            d.maxAge(),
            d.callTimeout(),
            d.connectTimeout(),
            d.searchTimeout(),
            0,
            d.throttleBackoff(),
            10,
            false);
    ConnectionRecipe recipe =
        new ConnectionRecipe("$r='x'", List.of(), "", t -> ExchangeVersion.ONLINE, "nowhere");
    try (PowerShellBackend b = PowerShellBackend.open(o, recipe)) {
      ServiceUnavailableException e =
          assertThrows(ServiceUnavailableException.class, () -> b.backend().commands().version());
      assertTrue(e.getMessage().contains("/nonexistent/exchangekit/pwsh"), e.getMessage());
      assertEquals(0, b.figures().opened());
    }
  }

  @Test
  void givenTheBuilder_build_changesOnlyWhatWasSet() {
    PowerShellOptions d = PowerShellOptions.defaults(4);
    PowerShellOptions b =
        PowerShellOptions.builder(4)
            .executable("/opt/pwsh")
            .callTimeout(Duration.ofSeconds(5))
            .throttle(1, Duration.ofMillis(10))
            .build();

    assertEquals("/opt/pwsh", b.executable());
    assertEquals(Duration.ofSeconds(5), b.callTimeout());
    assertEquals(1, b.throttleRetries());
    assertEquals(d.idleTimeout(), b.idleTimeout());
    assertEquals(d.searchTimeout(), b.searchTimeout());
    assertEquals(d, d.toBuilder().build());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PowerShellOptions.builder(0).build());
    assertEquals("'pool.maxSessions' must be at least 1 but was 0", e.getMessage());
  }
}
