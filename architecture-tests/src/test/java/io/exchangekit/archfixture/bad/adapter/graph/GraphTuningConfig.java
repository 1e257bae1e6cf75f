package io.exchangekit.archfixture.bad.adapter.graph;

/**
 * Violates "adapters expose only their provider and config": named like a config, but no provider
 * takes it, so it is just another public type.
 */
public record GraphTuningConfig(int pageSize) {}
