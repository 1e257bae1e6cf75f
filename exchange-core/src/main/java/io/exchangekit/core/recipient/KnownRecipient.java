package io.exchangekit.core.recipient;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A recipient as Exchange listed it (a moderator, an owner, a member, a delegate): a stable key and
 * every name a request may use for it.
 *
 * <p>Exchange does not print a list as it was set. On-premises a remote session prints canonical
 * names such as {@code contoso.com/Users/Bob Smith}; Exchange Online prints Names, which for recent
 * objects are GUIDs; permission cmdlets print {@code CONTOSO\bob} or a UPN. A request names the
 * same recipient as {@code bob} or {@code bob@contoso.com}. Comparing texts would re-plan the same
 * value on every run and miss it on removal, so the state read resolves each listed value to the
 * recipient's key (its GUID where Exchange reports one) and names (Name, Alias, addresses,
 * distinguished and canonical names, {@code DOMAIN\sam}), and planners compare a request's identity
 * with those names.
 *
 * @param key what identifies the recipient whatever it is called: a GUID, or the printed text of a
 *     value Exchange could not resolve
 * @param names every name the recipient answers to, compared ignoring case; includes the key
 */
public record KnownRecipient(String key, Set<String> names) {
  public KnownRecipient {
    Texts.require(key, "key", 1024);
    Set<String> all = new LinkedHashSet<>();
    all.add(fold(key));
    Objects.requireNonNull(names, "'names' must not be null").stream()
        .filter(Objects::nonNull)
        .filter(n -> !n.isBlank())
        .map(KnownRecipient::fold)
        .forEach(all::add);
    names = Set.copyOf(all);
  }

  /** A recipient with {@code key} answering to {@code names} (blank and null names ignored). */
  public static KnownRecipient of(String key, Collection<String> names) {
    return new KnownRecipient(key, new LinkedHashSet<>(names));
  }

  /** A listed value Exchange could not resolve: it is known only by the text printed. */
  public static KnownRecipient unresolved(String printed) {
    return new KnownRecipient(printed, Set.of());
  }

  /** Whether {@code identity} names this recipient (ignoring case). */
  public boolean isNamedBy(RecipientIdentity identity) {
    return names.contains(fold(identity.value()));
  }

  /**
   * The identities of {@code requested} that name none of {@code current}, in request order, each
   * once (ignoring case).
   */
  public static List<RecipientIdentity> missing(
      Collection<KnownRecipient> current, Collection<RecipientIdentity> requested) {
    Set<String> seen = new LinkedHashSet<>();
    return requested.stream()
        .filter(r -> current.stream().noneMatch(c -> c.isNamedBy(r)))
        .filter(r -> seen.add(fold(r.value())))
        .toList();
  }

  /** The recipients of {@code current} that one of {@code requested} names, in listed order. */
  public static List<KnownRecipient> namedBy(
      Collection<KnownRecipient> current, Collection<RecipientIdentity> requested) {
    return current.stream().filter(c -> requested.stream().anyMatch(c::isNamedBy)).toList();
  }

  /** The recipients of {@code current} that none of {@code requested} names, in listed order. */
  public static List<KnownRecipient> notNamedBy(
      Collection<KnownRecipient> current, Collection<RecipientIdentity> requested) {
    return current.stream().filter(c -> requested.stream().noneMatch(c::isNamedBy)).toList();
  }

  private static String fold(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }
}
