package io.exchangekit.benchmarks;

import io.exchangekit.adapter.onprem.OnPremConfig;
import io.exchangekit.adapter.onprem.OnPremPowerShellProvider;
import io.exchangekit.adapter.powershell.PowerShellOptions;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.search.RecipientRecord;
import io.exchangekit.core.search.SearchQuery;
import io.exchangekit.emulator.exchange.EmulatorLauncher;
import io.exchangekit.ports.service.ExchangeUseCases;
import io.exchangekit.ports.spi.ExchangeBackend;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The reconciliation measurement, run in a child JVM (the parent starts it with {@code -Xmx256m}):
 * streams a {@code Get-Mailbox} search through {@link ExchangeUseCases} and the real on-premises
 * adapter, over real jPowerShell, from the emulator's process entry point (a separate process
 * holding the organisation). Prints one line: {@code records seconds peakHeapBytes peakAfterGcBytes
 * baselineBytes}.
 *
 * <p>Arguments: the organisation file, a working directory, the page size.
 */
public final class ReconcileChild {
  private ReconcileChild() {}

  public static void main(String[] args) throws Exception {
    Path organisation = Path.of(args[0]);
    Path dir = Path.of(args[1]);
    int pageSize = Integer.parseInt(args[2]);
    Path launcher =
        EmulatorLauncher.writeScript(
            dir, "--version", "2016", "--organisation", organisation.toString());
    PowerShellOptions options =
        new PowerShellOptions(
            launcher.toString(),
            1,
            Duration.ofMinutes(10),
            Duration.ofHours(1),
            Duration.ofMinutes(5),
            Duration.ofMinutes(2),
            Duration.ofMinutes(15),
            3,
            Duration.ofMillis(100),
            pageSize,
            false);
    ExchangeBackend backend =
        new OnPremPowerShellProvider()
            .create(
                new OnPremConfig(
                    "ex01.contoso.com",
                    false,
                    OnPremConfig.Authentication.KERBEROS,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(ExchangeVersion.EXCHANGE_2016),
                    options));
    ExchangeUseCases useCases = ExchangeUseCases.builder().premise(backend).build();
    // open the session before measuring
    useCases.testConnection().test(io.exchangekit.core.mode.Scope.PREMISE);
    System.gc();
    long baseline = usedHeap();
    List<MemoryPoolMXBean> pools =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
    pools.forEach(MemoryPoolMXBean::resetPeakUsage);
    SearchQuery query =
        new SearchQuery(
            "Get-Mailbox",
            Optional.empty(),
            List.of("PrimarySmtpAddress", "Database", "Alias"),
            OptionalInt.empty());
    AtomicLong maxAfterGc = new AtomicLong();
    Thread sampler =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                maxAfterGc.accumulateAndGet(afterGc(pools), Math::max);
                try {
                  Thread.sleep(20);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    sampler.setDaemon(true);
    sampler.start();
    AtomicLong records = new AtomicLong();
    AtomicLong bytes = new AtomicLong();
    long start = System.nanoTime();
    try (Stream<RecipientRecord> s =
        useCases
            .searchRecipients()
            .search(
                new io.exchangekit.ports.in.search.SearchRecipientsQuery(
                    io.exchangekit.core.mode.Scope.PREMISE, query))) {
      s.forEach(
          r -> {
            records.incrementAndGet();
            bytes.addAndGet(r.identity().length());
          });
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    sampler.interrupt();
    sampler.join();
    long peakAfterGc = Math.max(maxAfterGc.get(), afterGc(pools));
    backend.close();
    System.out.println(
        "RESULT "
            + records.get()
            + " "
            + seconds
            + " "
            + peak
            + " "
            + peakAfterGc
            + " "
            + baseline);
  }

  /** Heap in use right after the latest collection of each pool. */
  private static long afterGc(List<MemoryPoolMXBean> pools) {
    return pools.stream()
        .map(MemoryPoolMXBean::getCollectionUsage)
        .filter(u -> u != null)
        .mapToLong(MemoryUsage::getUsed)
        .sum();
  }

  private static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
