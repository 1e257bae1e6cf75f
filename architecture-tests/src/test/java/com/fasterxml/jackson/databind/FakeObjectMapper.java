package com.fasterxml.jackson.databind;

/** Stand-in for a Jackson type, used only by the architecture fixtures. */
public class FakeObjectMapper {}
