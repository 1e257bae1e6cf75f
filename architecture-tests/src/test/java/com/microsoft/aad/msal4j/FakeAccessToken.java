package com.microsoft.aad.msal4j;

/** Stand-in for an msal4j type, used only by the architecture fixtures. */
public class FakeAccessToken {}
