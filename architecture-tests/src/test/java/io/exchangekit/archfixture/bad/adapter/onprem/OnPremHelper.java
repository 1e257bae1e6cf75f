package io.exchangekit.archfixture.bad.adapter.onprem;

/** A helper of the on-premises adapter, wrongly reused by the online adapter. */
public final class OnPremHelper {
  private OnPremHelper() {}

  public static String quote(String value) {
    return "'" + value + "'";
  }
}
