/**
 * The driving adapter for the OpenIAM connector protocol. {@link
 * io.exchangekit.adapter.openiam.OpenIamConnector} is the entry point: one request in, one response
 * out, never throwing. The request and response model is in {@code .model}, the JSON codec in
 * {@code .wire}, the mapping to use cases in {@code .mapping}; this package builds the responses
 * and maps the domain's exceptions to OpenIAM error codes.
 */
package io.exchangekit.adapter.openiam;
