package io.exchangekit.archfixture.bad.adapter.graph;

import com.azure.core.credential.FakeTokenCredential;

/** Violates the vendor rule: a public class whose supertype is an Azure core type. */
public abstract class AzureCredentialAdapter implements FakeTokenCredential {}
