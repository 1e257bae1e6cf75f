package io.exchangekit.adapter.onprem;

import io.exchangekit.adapter.powershell.EmulatorHost;
import io.exchangekit.adapter.powershell.PowerShellOptions;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.emulator.exchange.ExchangeEmulator;
import io.exchangekit.ports.spi.ExchangeBackend;
import io.exchangekit.testfixtures.contract.ExchangeCommandPortContract;
import io.exchangekit.testfixtures.contract.RecipientQueryPortContract;
import io.exchangekit.testfixtures.contract.RecipientStatePortContract;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;

/**
 * The port contracts on the adapter as the embedded mode wires it: the real provider over the
 * emulator's in-process PowerShell host, no child process, for Exchange SE (a version the
 * end-to-end suites do not start).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OnPremEmbeddedContractTest {
  private ExchangeBackend backend;

  @BeforeAll
  void open() {
    ExchangeEmulator emulator =
        ExchangeEmulator.forVersion(ExchangeVersion.EXCHANGE_SE).withDemoOrganisation();
    backend =
        new OnPremPowerShellProvider()
            .create(
                EmulatorConfigs.kerberos(Optional.empty(), PowerShellOptions.defaults(2)),
                EmulatorHost.of(emulator));
  }

  @AfterAll
  void close() throws Exception {
    backend.close();
  }

  @Nested
  class CommandPort extends ExchangeCommandPortContract {
    @Override
    protected ExchangeBackend backend() {
      return backend;
    }

    @Override
    protected String acceptedDomain() {
      return "contoso.com";
    }
  }

  @Nested
  class StatePort extends RecipientStatePortContract {
    @Override
    protected ExchangeBackend backend() {
      return backend;
    }

    @Override
    protected String acceptedDomain() {
      return "contoso.com";
    }
  }

  @Nested
  class QueryPort extends RecipientQueryPortContract {
    @Override
    protected ExchangeBackend backend() {
      return backend;
    }

    @Override
    protected String acceptedDomain() {
      return "contoso.com";
    }
  }
}
