package com.microsoft.kiota;

/** Stand-in for a Kiota type, used only by the architecture fixtures. */
public interface FakeRequestAdapter {}
