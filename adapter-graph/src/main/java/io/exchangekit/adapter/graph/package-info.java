/**
 * Cloud users and Microsoft 365 licences through Microsoft Graph v1.0, with app-only sign-in by
 * msal4j's confidential client.
 *
 * <p>The public surface is {@link io.exchangekit.adapter.graph.GraphDirectoryProvider} (found by
 * {@link java.util.ServiceLoader} as {@code graph}) and its {@link
 * io.exchangekit.adapter.graph.GraphDirectoryConfig}; it returns the domain's {@code
 * CloudDirectoryPort}. Everything else is package-private and no public signature carries a Graph
 * SDK or msal4j type.
 *
 * <p>SDK traps this package avoids: {@code assignLicense} always carries both {@code addLicenses}
 * and {@code removeLicenses}; a request body is built afresh for every attempt (the SDK sends a
 * model it already serialised as {@code {}}); the SDK's retry handler is off because a {@code
 * Retry-After: 0} makes it sleep a negative time, so retries of 429, 503 and 504 happen here,
 * honouring {@code Retry-After}; the bearer token goes to the configured Graph host only; errors
 * that are not Graph JSON are still mapped; {@code java.util.List} is imported explicitly next to
 * Graph's own {@code List} model.
 */
package io.exchangekit.adapter.graph;
