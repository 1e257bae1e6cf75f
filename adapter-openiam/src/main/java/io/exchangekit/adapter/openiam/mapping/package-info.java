/**
 * Request → use case: {@link io.exchangekit.adapter.openiam.mapping.RequestMapper} turns an OpenIAM
 * request into a {@link io.exchangekit.adapter.openiam.mapping.UseCaseCall} with its command,
 * reading ConnectorModeSettings, LicensesToAssignJson, the managed-system settings and the search
 * string (which only read-only Get-* pipelines pass).
 */
package io.exchangekit.adapter.openiam.mapping;
