/**
 * A loopback Microsoft Graph: {@link io.exchangekit.emulator.graph.GraphEmulator} serves the token
 * endpoint msal4j calls and Graph v1.0's users, subscribed SKUs and licence routes over HTTPS, with
 * Graph's bodies and error envelopes, injected throttling and per-route counters, for the tenant
 * {@link io.exchangekit.emulator.graph.ContosoTenant}. {@link
 * io.exchangekit.emulator.graph.InMemoryCloudDirectory} offers the same tenant as a {@code
 * CloudDirectoryPort} without HTTP. A {@link io.exchangekit.emulator.graph.LicenceListener} learns
 * about every licence change, so the Exchange emulator can provision mailboxes.
 */
package io.exchangekit.emulator.graph;
