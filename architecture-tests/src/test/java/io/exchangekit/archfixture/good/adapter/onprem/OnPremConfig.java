package io.exchangekit.archfixture.good.adapter.onprem;

/**
 * The adapter's config: public because its provider's public constructor takes it; its nested enum
 * is public with it.
 */
public record OnPremConfig(String server, Authentication authentication) {
  /** How to sign in. */
  public enum Authentication {
    KERBEROS,
    BASIC
  }
}
