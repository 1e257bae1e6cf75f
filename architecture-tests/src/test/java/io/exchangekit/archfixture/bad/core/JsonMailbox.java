package io.exchangekit.archfixture.bad.core;

import com.fasterxml.jackson.annotation.FakeJsonProperty;

/** Violates the core allow-list: a domain value carrying a serialization annotation. */
@FakeJsonProperty
public record JsonMailbox(String alias) {}
