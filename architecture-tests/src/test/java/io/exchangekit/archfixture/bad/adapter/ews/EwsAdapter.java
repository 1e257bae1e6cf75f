package io.exchangekit.archfixture.bad.adapter.ews;

/** Violates "every class belongs to a declared module": an adapter nobody declared. */
final class EwsAdapter {}
