package com.profesorfalken.jpowershell;

/** Stand-in for a jPowerShell type, used only by the architecture fixtures. */
public class FakePowerShell {}
