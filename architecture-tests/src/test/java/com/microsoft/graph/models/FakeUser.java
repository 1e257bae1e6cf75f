package com.microsoft.graph.models;

/** Stand-in for a Microsoft Graph SDK model, used only by the architecture fixtures. */
public class FakeUser {}
