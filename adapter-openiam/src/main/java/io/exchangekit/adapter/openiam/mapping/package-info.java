/**
 * Request → use case: {@link io.exchangekit.adapter.openiam.mapping.RequestMapper} turns an OpenIAM
 * request into a {@link io.exchangekit.adapter.openiam.mapping.UseCaseCall} with its command,
 * reading ConnectorModeSettings, LicensesToAssignJson, the managed-system settings and the search
 * string (which only read-only Get-* pipelines pass).
 *
 * <p>Internal to the adapter: these types are public only because the entry point, {@link
 * io.exchangekit.adapter.openiam.OpenIamConnector}, lives in the parent package. Hosts use the
 * connector and the {@code model} package; the types here may change without notice.
 */
package io.exchangekit.adapter.openiam.mapping;
