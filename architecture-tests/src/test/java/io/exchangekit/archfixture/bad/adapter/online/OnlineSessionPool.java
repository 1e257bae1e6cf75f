package io.exchangekit.archfixture.bad.adapter.online;

/**
 * Violates "adapters expose only their provider and config": the adapter's session pool made
 * public, with a public nested lease, neither a provider nor a config nor on a list.
 */
public final class OnlineSessionPool {
  public Lease lease() {
    return new Lease();
  }

  /** A session on loan. */
  public static final class Lease {}
}
