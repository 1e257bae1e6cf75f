/**
 * The JSON wire codec: every OpenIAM field name and enum string lives here, in the package-private
 * {@code *OpenIamMessage} records, so that the names can follow a real capture without touching the
 * mapping. {@link io.exchangekit.adapter.openiam.wire.OpenIamWireCodec} is the entry point.
 */
package io.exchangekit.adapter.openiam.wire;
