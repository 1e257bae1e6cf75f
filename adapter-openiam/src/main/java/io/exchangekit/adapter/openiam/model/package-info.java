/**
 * The OpenIAM connector request and response model: what the wire codec decodes into and encodes
 * from, independent of the JSON field names. {@link
 * io.exchangekit.adapter.openiam.model.ManagedSystem} is the typed managed-system header a host
 * uses to configure its backends.
 */
package io.exchangekit.adapter.openiam.model;
