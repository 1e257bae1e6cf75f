/**
 * Driven ports to an Exchange organisation (on-premises or Online): run a plan, read current state,
 * stream search results. Implementations are provided by the PowerShell adapters and the test
 * emulator; each runs the contract suites in {@code test-fixtures}.
 */
package io.exchangekit.ports.out.exchange;
