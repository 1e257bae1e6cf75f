/**
 * Contract suites of the driven ports: abstract JUnit classes that every implementation extends, so
 * that all implementations of a port behave alike.
 *
 * <ul>
 *   <li>{@link io.exchangekit.testfixtures.contract.CloudDirectoryPortContract}: a port onto a
 *       fresh contoso tenant per test.
 *   <li>{@link io.exchangekit.testfixtures.contract.ExchangeCommandPortContract}, {@link
 *       io.exchangekit.testfixtures.contract.RecipientStatePortContract} and {@link
 *       io.exchangekit.testfixtures.contract.RecipientQueryPortContract}: any {@link
 *       io.exchangekit.ports.spi.ExchangeBackend} and a domain the organisation accepts. They
 *       arrange recipients through the ports themselves (read, plan with core's planners, run), so
 *       a backend needs no back door into its target, and they create only uniquely named
 *       recipients, so one backend may serve every test. Sessions being dear, open the backend once
 *       per test class (a {@code PER_CLASS} lifecycle, {@code @BeforeAll} and {@code @AfterAll})
 *       and run the three suites on it as its {@code @Nested} inner classes, each implementing
 *       {@code backend()} and {@code acceptedDomain()} (adapter-onprem-ps's
 *       OnPremEmbeddedContractTest is the shortest example).
 * </ul>
 */
package io.exchangekit.testfixtures.contract;
