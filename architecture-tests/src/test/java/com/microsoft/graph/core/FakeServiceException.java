package com.microsoft.graph.core;

/** Stand-in for a Microsoft Graph SDK exception, used only by the architecture fixtures. */
public class FakeServiceException extends RuntimeException {
  private static final long serialVersionUID = 1L;
}
