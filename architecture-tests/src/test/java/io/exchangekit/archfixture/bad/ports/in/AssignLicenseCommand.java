package io.exchangekit.archfixture.bad.ports.in;

/** A command, referenced by a driven port (see {@code LicensePort}). */
public record AssignLicenseCommand(String sku) {}
