/**
 * Benchmarks of ExchangeKit against the emulators: {@link io.exchangekit.benchmarks.BenchMain} runs
 * them all and prints one table; {@link io.exchangekit.benchmarks.TranslationBenchmark} is the JMH
 * part; the failure drills are the {@code *DrillTest} classes of this module's tests. Not deployed.
 */
package io.exchangekit.benchmarks;
