package io.exchangekit.adapter.openiam.mapping;

import io.exchangekit.adapter.openiam.model.ManagedSystem;
import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.mode.Warning;
import java.util.List;
import java.util.Objects;

/**
 * A request mapped to a use case.
 *
 * @param call the use case and its command; never null
 * @param mode the connector mode from ConnectorModeSettings (default premise + enable); never null
 * @param managedSystem the typed managed-system settings; never null
 * @param warnings attributes the mapping ignored (not a parameter of the object type, a clear
 *     request for a single value); never null
 */
public record MappedRequest(
    UseCaseCall call, ConnectorMode mode, ManagedSystem managedSystem, List<Warning> warnings) {
  public MappedRequest {
    Objects.requireNonNull(call, "'call' must not be null");
    Objects.requireNonNull(mode, "'mode' must not be null");
    Objects.requireNonNull(managedSystem, "'managedSystem' must not be null");
    warnings = List.copyOf(warnings);
  }
}
