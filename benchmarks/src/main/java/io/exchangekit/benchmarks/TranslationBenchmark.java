package io.exchangekit.benchmarks;

import io.exchangekit.adapter.onprem.OnPremConfig;
import io.exchangekit.adapter.onprem.OnPremPowerShellProvider;
import io.exchangekit.adapter.openiam.OpenIamConnector;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.ports.service.ExchangeUseCases;
import io.exchangekit.ports.spi.ExchangeBackend;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Translation throughput on one thread: an OpenIAM SAVE request (JSON) through {@link
 * OpenIamConnector#handle(String)}: decoding, validation, mapping, the state read (rendered,
 * answered, decoded), planning, rendering the plan's script with its envelope, decoding the answer
 * and encoding the response. {@code library} answers from {@link InstantHost} (no interpretation:
 * the library alone); {@code withEmulator} runs every line in the in-process Exchange emulator with
 * no latency (the library plus the emulator's parser and interpreter).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TranslationBenchmark {
  private static final String REQUEST = Workload.request(Workload.Op.ENABLE, 1, "jmh-1");

  private ExchangeBackend instant;
  private OpenIamConnector library;
  private EmulatedStack emulated;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    instant =
        new OnPremPowerShellProvider()
            .create(
                new OnPremConfig(
                    "ex01.contoso.com",
                    false,
                    OnPremConfig.Authentication.KERBEROS,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(ExchangeVersion.EXCHANGE_2016),
                    EmulatedStack.options(1)),
                InstantHost::new);
    library = OpenIamConnector.of(ExchangeUseCases.builder().premise(instant).build());
    // measure the path users take, never an error path: the request must succeed
    String answer = library.handle(REQUEST);
    if (!answer.contains("\"status\":\"SUCCESS\"")) {
      throw new IllegalStateException("the instant host no longer answers as a session: " + answer);
    }
    emulated =
        EmulatedStack.over(
            EmulatedStack.exchange2016().withOrganisation(Workload.organisation(1, 0)), 1);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    instant.close();
    emulated.close();
  }

  /** The library alone. */
  @Benchmark
  public String library() {
    return library.handle(REQUEST);
  }

  /**
   * The library and the emulator: the same user is enabled, then disabled by a DELETE, so every
   * invocation does real work in the organisation.
   */
  @Benchmark
  public String withEmulator() {
    next++;
    return emulated
        .connector()
        .handle(
            (next & 1) == 1
                ? Workload.request(Workload.Op.ENABLE, 0, "jmh-e")
                : Workload.delete(0, "jmh-d"));
  }
}
