package io.exchangekit.adapter.openiam.mapping;

import io.exchangekit.adapter.openiam.model.AttributeOperation;
import io.exchangekit.adapter.openiam.model.ManagedSystem;
import io.exchangekit.adapter.openiam.model.OpenIamErrorCode;
import io.exchangekit.adapter.openiam.model.OpenIamObjectType;
import io.exchangekit.adapter.openiam.model.OpenIamOperation;
import io.exchangekit.adapter.openiam.model.OpenIamRequest;
import io.exchangekit.adapter.openiam.model.OpenIamRequestException;
import io.exchangekit.adapter.openiam.model.OpenIamValue;
import io.exchangekit.core.error.ValidationException;
import io.exchangekit.core.error.Violation;
import io.exchangekit.core.group.DistributionGroupSettings;
import io.exchangekit.core.group.GroupParameter;
import io.exchangekit.core.mailbox.MailboxParameter;
import io.exchangekit.core.mailbox.MailboxSettings;
import io.exchangekit.core.mailbox.MultiValue;
import io.exchangekit.core.mailbox.ValueOperation;
import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.mode.Warning;
import io.exchangekit.core.recipient.RecipientIdentity;
import io.exchangekit.core.recipient.Secret;
import io.exchangekit.core.recipient.UserPrincipalName;
import io.exchangekit.core.search.SearchQuery;
import io.exchangekit.ports.in.group.ChangeGroupMembersCommand;
import io.exchangekit.ports.in.group.GroupCommand;
import io.exchangekit.ports.in.group.SaveDistributionGroupCommand;
import io.exchangekit.ports.in.mailbox.MailboxCommand;
import io.exchangekit.ports.in.mailbox.ProvisionMailboxCommand;
import io.exchangekit.ports.in.mailbox.ResetPasswordCommand;
import io.exchangekit.ports.in.search.SearchRecipientsQuery;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps an OpenIAM request to one use case and its command. Attribute names are matched ignoring
 * case; every violation of the request is collected before anything runs. Nothing here touches a
 * target.
 */
public final class RequestMapper {
  /** Attributes that configure the connector rather than set a parameter of the object. */
  static final Set<String> CONTROL =
      Set.of(
          "connectormodesettings",
          "appauth",
          "organization",
          "certificatethumbprint",
          "licensestoassignjson");

  private RequestMapper() {}

  /**
   * Maps a request with the seed's default mode (premise + enable) for requests that name none.
   *
   * @see #map(OpenIamRequest, ConnectorMode)
   */
  public static MappedRequest map(OpenIamRequest request) {
    return map(request, ConnectorMode.DEFAULT);
  }

  /**
   * @param request never null
   * @param defaultMode the deployment's mode for a request without ConnectorModeSettings (and for a
   *     key it leaves out); never null
   * @return the use case call, the mode, the managed system and the mapping's warnings; never null
   * @throws OpenIamRequestException when the request cannot be run as sent (missing identity, an
   *     operation the object type does not support, a refused search string, a bad managed-system
   *     setting)
   * @throws ValidationException every attribute that breaks a rule, before anything runs
   */
  public static MappedRequest map(OpenIamRequest request, ConnectorMode defaultMode) {
    Attributes attributes = Attributes.of(request.attributes());
    List<Violation> violations = new ArrayList<>();
    ConnectorMode mode =
        JsonAttributes.mode(
            attributes
                .singleText(JsonAttributes.MODE)
                .or(() -> request.metaData().value(JsonAttributes.MODE)),
            defaultMode,
            violations);
    ManagedSystem managedSystem =
        violations.isEmpty()
            ? ManagedSystemReader.read(request, attributes, mode.scope())
            : ManagedSystem.NONE;
    List<Warning> warnings = new ArrayList<>();
    OpenIamOperation op = request.operation();
    UseCaseCall call;
    switch (op) {
      case TEST -> call = new UseCaseCall.TestConnection(mode.scope());
      case SEARCH -> call = search(request, mode);
      default -> {
        OpenIamObjectType type =
            request
                .objectType()
                .orElseThrow(
                    () ->
                        new OpenIamRequestException(
                            OpenIamErrorCode.MALFORMED_REQUEST,
                            "objectType is required for " + op + "; it must be USER or GROUP"));
        RecipientIdentity identity = identity(request, op, type);
        call =
            type == OpenIamObjectType.USER
                ? user(op, identity, request, attributes, mode, warnings, violations)
                : group(op, identity, request, attributes, mode, warnings, violations);
      }
    }
    if (!violations.isEmpty()) {
      throw new ValidationException(violations);
    }
    return new MappedRequest(call, mode, managedSystem, warnings);
  }

  private static RecipientIdentity identity(
      OpenIamRequest request, OpenIamOperation op, OpenIamObjectType type) {
    String name =
        request
            .identityName()
            .orElseThrow(
                () ->
                    new OpenIamRequestException(
                        OpenIamErrorCode.MALFORMED_REQUEST,
                        "identityName is required for " + op + " " + type));
    try {
      return RecipientIdentity.of(name.trim());
    } catch (IllegalArgumentException e) {
      throw new OpenIamRequestException(
          OpenIamErrorCode.INVALID_IDENTIFIER,
          "identityName " + JsonAttributes.rule(e).replaceFirst("^Identity ", ""));
    }
  }

  private static UseCaseCall user(
      OpenIamOperation op,
      RecipientIdentity identity,
      OpenIamRequest request,
      Attributes attributes,
      ConnectorMode mode,
      List<Warning> warnings,
      List<Violation> violations) {
    boolean dryRun = request.dryRun();
    return switch (op) {
      case SAVE -> {
        List<Violation> rejected = new ArrayList<>();
        MailboxSettings settings = mailboxSettings(identity, attributes, warnings, rejected);
        if (!violations.isEmpty()) {
          // Without a valid mode nothing can be planned: report everything now.
          violations.addAll(rejected);
          rejected.clear();
        }
        // Otherwise the use case reports the rejected values with what the mode requires.
        yield new UseCaseCall.ProvisionMailbox(
            new ProvisionMailboxCommand(identity, mode, settings, dryRun, rejected));
      }
      case DELETE -> new UseCaseCall.RemoveMailbox(new MailboxCommand(identity, mode, dryRun));
      case SUSPEND -> new UseCaseCall.LockMailbox(new MailboxCommand(identity, mode, dryRun));
      case RESUME -> new UseCaseCall.UnlockMailbox(new MailboxCommand(identity, mode, dryRun));
      case RESET_PASSWORD -> resetPassword(identity, attributes, mode, dryRun, violations);
      default -> throw new IllegalStateException("not an object operation: " + op);
    };
  }

  private static UseCaseCall group(
      OpenIamOperation op,
      RecipientIdentity identity,
      OpenIamRequest request,
      Attributes attributes,
      ConnectorMode mode,
      List<Warning> warnings,
      List<Violation> violations) {
    return switch (op) {
      case SAVE -> saveGroup(identity, attributes, mode, request.dryRun(), warnings, violations);
      case DELETE ->
          new UseCaseCall.DeleteGroup(new GroupCommand(identity, mode, request.dryRun()));
      default ->
          throw new OpenIamRequestException(
              OpenIamErrorCode.UNSUPPORTED_OPERATION,
              op
                  + " is not supported for GROUP; a distribution group supports SAVE, DELETE and"
                  + " SEARCH");
    };
  }

  private static MailboxSettings mailboxSettings(
      RecipientIdentity identity,
      Attributes attributes,
      List<Warning> warnings,
      List<Violation> violations) {
    Map<String, List<String>> texts = new LinkedHashMap<>();
    for (Attributes.Group g : attributes.groups()) {
      if (CONTROL.contains(g.key())) {
        continue;
      }
      Optional<MailboxParameter> p = MailboxParameter.byAttributeName(g.name());
      if (p.isEmpty()) {
        warnings.add(new Warning(g.name(), "ignored: not a mailbox parameter"));
      } else if (p.get().isSingleText()) {
        singleTexts(g, warnings).ifPresent(t -> texts.put(g.name(), t));
      }
    }
    if (attributes.group(MailboxParameter.USER_PRINCIPAL_NAME.attributeName()).isEmpty()) {
      try {
        texts.put(
            MailboxParameter.USER_PRINCIPAL_NAME.attributeName(),
            List.of(UserPrincipalName.of(identity.value()).value()));
      } catch (IllegalArgumentException notUpn) {
        // The principal is not a UPN; enable behaviour does not need one.
      }
    }
    MailboxSettings.Parsed parsed = MailboxSettings.parse(texts);
    violations.addAll(parsed.violations());
    MailboxSettings.Builder settings = parsed.settings().toBuilder();
    attributes
        .group(MailboxParameter.MODERATED_BY.attributeName())
        .flatMap(g -> multiValue(g, false, violations))
        .ifPresent(c -> settings.set(MailboxParameter.MODERATED_BY, c.main()));
    attributes
        .group(JsonAttributes.LICENSES)
        .flatMap(g -> singleTexts(g, warnings))
        .ifPresent(
            t -> {
              if (t.size() != 1) {
                violations.add(
                    new Violation(
                        JsonAttributes.LICENSES,
                        "takes exactly one value (a JSON array) but " + t.size() + " were given"));
              } else {
                JsonAttributes.licenses(t.get(0), violations)
                    .ifPresent(l -> settings.set(MailboxParameter.LICENSES, l));
              }
            });
    return settings.build();
  }

  private static UseCaseCall saveGroup(
      RecipientIdentity identity,
      Attributes attributes,
      ConnectorMode mode,
      boolean dryRun,
      List<Warning> warnings,
      List<Violation> violations) {
    Map<String, List<String>> texts = new LinkedHashMap<>();
    Map<GroupParameter, Attributes.Group> multi = new LinkedHashMap<>();
    for (Attributes.Group g : attributes.groups()) {
      if (CONTROL.contains(g.key())) {
        continue;
      }
      Optional<GroupParameter> p = GroupParameter.byAttributeName(g.name());
      if (p.isEmpty()) {
        warnings.add(new Warning(g.name(), "ignored: not a distribution group parameter"));
      } else if (p.get().isSingleText()) {
        singleTexts(g, warnings).ifPresent(t -> texts.put(g.name(), t));
      } else {
        multi.put(p.get(), g);
      }
    }
    DistributionGroupSettings.Parsed parsed = DistributionGroupSettings.parse(texts);
    violations.addAll(parsed.violations());
    DistributionGroupSettings settings = parsed.settings();
    Optional<ChangeGroupMembersCommand> removals = Optional.empty();
    for (Map.Entry<GroupParameter, Attributes.Group> e : multi.entrySet()) {
      boolean members = e.getKey() == GroupParameter.MEMBERS;
      Optional<Change> change = multiValue(e.getValue(), members, violations);
      if (change.isPresent()) {
        settings = settings.with(e.getKey(), change.get().main());
        if (change.get().removals().isPresent()) {
          removals =
              Optional.of(
                  new ChangeGroupMembersCommand(
                      identity, mode, change.get().removals().get(), dryRun));
        }
      }
    }
    return new UseCaseCall.SaveGroup(
        new SaveDistributionGroupCommand(identity, mode, settings, dryRun), removals);
  }

  private static UseCaseCall resetPassword(
      RecipientIdentity identity,
      Attributes attributes,
      ConnectorMode mode,
      boolean dryRun,
      List<Violation> violations) {
    String passwordName = MailboxParameter.PASSWORD.attributeName();
    List<String> texts =
        attributes
            .group(passwordName)
            .flatMap(g -> singleTexts(g, new ArrayList<>()))
            .orElse(List.of());
    Secret password = null;
    if (texts.size() != 1) {
      violations.add(
          new Violation(
              passwordName,
              texts.isEmpty()
                  ? "is required to reset the password"
                  : "takes exactly one value but " + texts.size() + " were given"));
    } else {
      try {
        password = Secret.of(texts.get(0));
      } catch (IllegalArgumentException e) {
        violations.add(new Violation(passwordName, "must not contain CR, LF or NUL characters"));
      }
    }
    boolean changeAtNextLogon = false;
    String nextLogon = MailboxParameter.RESET_PASSWORD_ON_NEXT_LOGON.attributeName();
    Optional<List<String>> flag =
        attributes.group(nextLogon).flatMap(g -> singleTexts(g, new ArrayList<>()));
    if (flag.isPresent()) {
      try {
        if (flag.get().size() != 1) {
          throw new IllegalArgumentException(
              "takes exactly one value but " + flag.get().size() + " were given");
        }
        changeAtNextLogon = MailboxParameter.parseBoolean(flag.get().get(0));
      } catch (IllegalArgumentException e) {
        violations.add(new Violation(nextLogon, e.getMessage()));
      }
    }
    if (mode.isOnline()) {
      try {
        UserPrincipalName.of(identity.value());
      } catch (IllegalArgumentException e) {
        violations.add(
            new Violation(
                "identityName",
                "must be the cloud user's UserPrincipalName (user@domain) in online scope"));
      }
    }
    if (password == null) {
      return null; // the violation is reported by map()
    }
    return new UseCaseCall.ResetPassword(
        new ResetPasswordCommand(identity, mode, password, changeAtNextLogon, dryRun));
  }

  private static UseCaseCall search(OpenIamRequest request, ConnectorMode mode) {
    String text =
        request
            .searchQuery()
            .orElseGet(
                () ->
                    request.objectType().orElse(OpenIamObjectType.USER) == OpenIamObjectType.GROUP
                        ? "Get-DistributionGroup"
                        : "Get-Mailbox");
    SearchQuery query = SearchStringGuard.parse(text);
    if (query.properties().isEmpty() && !request.requestedAttributes().isEmpty()) {
      // a search string without Select-Object: fetch what OpenIAM asks for, not a default set
      query = query.withProperties(request.requestedAttributes());
    }
    return new UseCaseCall.Search(
        new SearchRecipientsQuery(mode.scope(), query), request.requestedAttributes());
  }

  /**
   * The texts of a single-valued attribute: its values except DELETE ones and empty texts; empty
   * when nothing is left (a DELETE-only attribute gets a warning: clearing is not supported).
   */
  static Optional<List<String>> singleTexts(Attributes.Group g, List<Warning> warnings) {
    List<String> texts = new ArrayList<>();
    boolean deleted = false;
    for (OpenIamValue v : g.values()) {
      if (v.operation() == AttributeOperation.DELETE) {
        deleted = true;
      } else if (!v.value().isEmpty()) {
        texts.add(v.value());
      }
    }
    if (texts.isEmpty()) {
      if (deleted || g.operation() == AttributeOperation.DELETE) {
        warnings.add(
            new Warning(g.name(), "ignored: clearing a single-valued attribute is not supported"));
      }
      return Optional.empty();
    }
    return Optional.of(texts);
  }

  /** A multi-valued change, and for Members the deletions that go with additions. */
  record Change(MultiValue main, Optional<MultiValue> removals) {}

  /**
   * Reads ModeratedBy, ManagedBy or Members: values with one operation map to that operation
   * (NO_CHANGE as REPLACE); a mix that includes REPLACE or NO_CHANGE values is the full list
   * (REPLACE with every value but the DELETE ones); ADD mixed with DELETE is split into an ADD and
   * a DELETE where {@code splitAllowed} (Members), and is a violation elsewhere.
   */
  static Optional<Change> multiValue(
      Attributes.Group g, boolean splitAllowed, List<Violation> violations) {
    String name = g.canonicalName();
    List<RecipientIdentity> add = new ArrayList<>();
    List<RecipientIdentity> delete = new ArrayList<>();
    List<RecipientIdentity> keep = new ArrayList<>();
    Set<ValueOperation> ops = EnumSet.noneOf(ValueOperation.class);
    int before = violations.size();
    for (OpenIamValue v : g.values()) {
      if (v.value().isBlank()) {
        continue;
      }
      RecipientIdentity id;
      try {
        id = RecipientIdentity.of(v.value().trim());
      } catch (IllegalArgumentException e) {
        violations.add(
            new Violation(name, JsonAttributes.rule(e).replaceFirst("^Identity ", "each value ")));
        continue;
      }
      switch (v.operation()) {
        case ADD -> {
          add.add(id);
          ops.add(ValueOperation.ADD);
        }
        case DELETE -> {
          delete.add(id);
          ops.add(ValueOperation.DELETE);
        }
        default -> {
          keep.add(id);
          ops.add(ValueOperation.REPLACE);
        }
      }
    }
    if (violations.size() > before) {
      return Optional.empty();
    }
    if (ops.isEmpty()) {
      AttributeOperation op = g.operation();
      return op == AttributeOperation.REPLACE || op == AttributeOperation.DELETE
          ? Optional.of(new Change(MultiValue.replace(List.of()), Optional.empty()))
          : Optional.empty();
    }
    if (ops.contains(ValueOperation.REPLACE)) {
      List<RecipientIdentity> all = new ArrayList<>(keep);
      all.addAll(add);
      return Optional.of(new Change(MultiValue.replace(all), Optional.empty()));
    }
    if (ops.size() == 1) {
      ValueOperation op = ops.iterator().next();
      return Optional.of(
          new Change(
              new MultiValue(op, op == ValueOperation.ADD ? add : delete), Optional.empty()));
    }
    if (splitAllowed) {
      return Optional.of(
          new Change(
              new MultiValue(ValueOperation.ADD, add),
              Optional.of(new MultiValue(ValueOperation.DELETE, delete))));
    }
    violations.add(
        new Violation(
            name,
            "cannot ADD and DELETE values in one request; send the full list (REPLACE, or the"
                + " kept values with NO_CHANGE)"));
    return Optional.empty();
  }

  /** Lower-case key of an attribute name. */
  static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
