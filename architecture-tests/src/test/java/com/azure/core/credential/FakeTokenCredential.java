package com.azure.core.credential;

/** Stand-in for an Azure core type, used only by the architecture fixtures. */
public interface FakeTokenCredential {}
