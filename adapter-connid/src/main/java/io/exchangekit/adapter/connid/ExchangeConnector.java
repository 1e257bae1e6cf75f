package io.exchangekit.adapter.connid;

import io.exchangekit.core.error.ExchangeConnectorException;
import io.exchangekit.core.error.Violation;
import io.exchangekit.core.group.DistributionGroupSettings;
import io.exchangekit.core.group.GroupParameter;
import io.exchangekit.core.license.LicenseSelection;
import io.exchangekit.core.mailbox.MailboxParameter;
import io.exchangekit.core.mailbox.MailboxSettings;
import io.exchangekit.core.mailbox.MailboxType;
import io.exchangekit.core.mailbox.MultiValue;
import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.recipient.RecipientIdentity;
import io.exchangekit.core.recipient.Secret;
import io.exchangekit.core.recipient.UserPrincipalName;
import io.exchangekit.core.search.RecipientRecord;
import io.exchangekit.core.search.SearchQuery;
import io.exchangekit.core.search.SearchValue;
import io.exchangekit.ports.in.Outcome;
import io.exchangekit.ports.in.group.GroupCommand;
import io.exchangekit.ports.in.group.SaveDistributionGroupCommand;
import io.exchangekit.ports.in.mailbox.MailboxCommand;
import io.exchangekit.ports.in.mailbox.ProvisionMailboxCommand;
import io.exchangekit.ports.in.mailbox.ResetPasswordCommand;
import io.exchangekit.ports.in.search.SearchRecipientsQuery;
import io.exchangekit.ports.service.ExchangeUseCases;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.identityconnectors.framework.common.exceptions.AlreadyExistsException;
import org.identityconnectors.framework.common.exceptions.ConnectorException;
import org.identityconnectors.framework.common.exceptions.InvalidAttributeValueException;
import org.identityconnectors.framework.common.exceptions.UnknownUidException;
import org.identityconnectors.framework.common.objects.Attribute;
import org.identityconnectors.framework.common.objects.AttributeInfo;
import org.identityconnectors.framework.common.objects.AttributeUtil;
import org.identityconnectors.framework.common.objects.ConnectorObjectBuilder;
import org.identityconnectors.framework.common.objects.Name;
import org.identityconnectors.framework.common.objects.ObjectClass;
import org.identityconnectors.framework.common.objects.OperationOptions;
import org.identityconnectors.framework.common.objects.OperationalAttributes;
import org.identityconnectors.framework.common.objects.ResultsHandler;
import org.identityconnectors.framework.common.objects.Schema;
import org.identityconnectors.framework.common.objects.Uid;
import org.identityconnectors.framework.common.objects.filter.FilterTranslator;
import org.identityconnectors.framework.spi.AttributeNormalizer;
import org.identityconnectors.framework.spi.Configuration;
import org.identityconnectors.framework.spi.Connector;
import org.identityconnectors.framework.spi.ConnectorClass;
import org.identityconnectors.framework.spi.operations.CreateOp;
import org.identityconnectors.framework.spi.operations.DeleteOp;
import org.identityconnectors.framework.spi.operations.ResolveUsernameOp;
import org.identityconnectors.framework.spi.operations.SchemaOp;
import org.identityconnectors.framework.spi.operations.SearchOp;
import org.identityconnectors.framework.spi.operations.TestOp;
import org.identityconnectors.framework.spi.operations.UpdateOp;

/**
 * ExchangeKit as a ConnId connector: {@code __ACCOUNT__} are mailboxes of every type (the type in
 * {@code MailboxType}), {@code __GROUP__} distribution groups. {@code __UID__} is Exchange's object
 * GUID, {@code __NAME__} the account's UserPrincipalName or the group's Name, returned as stored.
 * {@code __ENABLE__} locks and unlocks, {@code __PASSWORD__} sets or resets the password. The
 * planner runs strictly: an attribute that does not apply in the resource's mode is refused.
 */
@ConnectorClass(
    displayNameKey = "exchangekit.connector.display",
    configurationClass = ExchangeConfiguration.class)
public class ExchangeConnector
    implements Connector,
        CreateOp,
        UpdateOp,
        DeleteOp,
        SearchOp<String>,
        SchemaOp,
        TestOp,
        ResolveUsernameOp,
        AttributeNormalizer {
  private static final String GUID = "Guid";
  private static final String UPN = "UserPrincipalName";

  private ExchangeConfiguration configuration;
  private Deployment deployment;

  @Override
  public Configuration getConfiguration() {
    return configuration;
  }

  @Override
  public void init(Configuration cfg) {
    this.configuration = (ExchangeConfiguration) cfg;
  }

  @Override
  public void dispose() {
    // the deployment and its sessions are shared by every instance of this configuration
  }

  private Deployment deployment() {
    if (deployment == null) {
      deployment = call(() -> Deployment.of(configuration));
    }
    return deployment;
  }

  private ExchangeUseCases useCases() {
    return deployment().useCases();
  }

  private ConnectorMode mode() {
    return deployment().mode();
  }

  // ---------------------------------------------------------------- test, schema

  @Override
  public void test() {
    configuration.validate();
    call(() -> useCases().testConnection().test(mode().scope()));
  }

  @Override
  public Schema schema() {
    return Schemas.schema(ExchangeConnector.class, mode(), call(() -> deployment().version()));
  }

  // ---------------------------------------------------------------- create

  @Override
  public Uid create(ObjectClass objectClass, Set<Attribute> attributes, OperationOptions options) {
    String name = requiredName(attributes);
    RecipientIdentity identity = identity(Name.NAME, name);
    if (isAccount(objectClass)) {
      if (find(objectClass, identity.value()).isPresent()) {
        throw new AlreadyExistsException("A mailbox '" + name + "' already exists");
      }
      MailboxSettings settings = mailboxSettings(identity, attributes, true);
      ProvisionMailboxCommand command =
          new ProvisionMailboxCommand(identity, mode(), settings, false);
      Outcome outcome = call(() -> useCases().provisionMailbox().provision(command));
      if (outcome.status() == Outcome.Status.PENDING
          && find(objectClass, identity.value()).isPresent()) {
        // Exchange Online made the mailbox already: an update applies the pending settings
        MailboxSettings pending = settings.without(createOnly());
        call(
            () ->
                useCases()
                    .provisionMailbox()
                    .provision(new ProvisionMailboxCommand(identity, mode(), pending, false)));
      }
      Boolean enable = enableValue(attributes);
      if (Boolean.FALSE.equals(enable)) {
        call(() -> useCases().lockMailbox().lock(new MailboxCommand(identity, mode(), false)));
      }
    } else if (isGroup(objectClass)) {
      if (find(objectClass, identity.value()).isPresent()) {
        throw new AlreadyExistsException("A distribution group '" + name + "' already exists");
      }
      DistributionGroupSettings settings = groupSettings(attributes, true);
      call(
          () ->
              useCases()
                  .saveDistributionGroup()
                  .save(new SaveDistributionGroupCommand(identity, mode(), settings, false)));
    } else {
      throw unsupported(objectClass);
    }
    return find(objectClass, identity.value())
        .map(r -> new Uid(guid(r)))
        .orElseThrow(
            () ->
                org.identityconnectors.framework.common.exceptions.RetryableException.wrap(
                    "'"
                        + name
                        + "' was created but is not visible yet (Exchange Online is still"
                        + " provisioning the mailbox); repeat the request to converge",
                    (Throwable) null));
  }

  // ---------------------------------------------------------------- update

  @Override
  public Uid update(
      ObjectClass objectClass, Uid uid, Set<Attribute> replace, OperationOptions options) {
    RecipientRecord current =
        find(objectClass, uid.getUidValue())
            .orElseThrow(() -> new UnknownUidException(uid, objectClass));
    RecipientIdentity identity = target(objectClass, current);
    Set<Attribute> settings = new LinkedHashSet<>();
    for (Attribute a : replace) {
      if (a.is(Name.NAME)) {
        String now = AttributeUtil.getStringValue(a);
        if (now != null && !now.equals(name(objectClass, current))) {
          throw new InvalidAttributeValueException(
              "__NAME__ cannot be changed; create a new object instead");
        }
      } else if (!a.is(Uid.NAME) && !unchanged(objectClass, current, a)) {
        settings.add(a);
      }
    }
    if (isAccount(objectClass)) {
      Optional<Attribute> password =
          Optional.ofNullable(AttributeUtil.find(OperationalAttributes.PASSWORD_NAME, settings));
      Boolean enable = enableValue(settings);
      settings.removeIf(
          a ->
              a.is(OperationalAttributes.PASSWORD_NAME) || a.is(OperationalAttributes.ENABLE_NAME));
      if (!settings.isEmpty()) {
        MailboxSettings s = mailboxSettings(identity, settings, false);
        call(
            () ->
                useCases()
                    .provisionMailbox()
                    .provision(new ProvisionMailboxCommand(identity, mode(), s, false)));
      }
      if (password.isPresent()) {
        Secret secret = secret(password.get());
        call(
            () ->
                useCases()
                    .resetPassword()
                    .resetPassword(
                        new ResetPasswordCommand(identity, mode(), secret, false, false)));
      }
      if (enable != null) {
        MailboxCommand command = new MailboxCommand(identity, mode(), false);
        call(
            () ->
                enable
                    ? useCases().unlockMailbox().unlock(command)
                    : useCases().lockMailbox().lock(command));
      }
    } else {
      DistributionGroupSettings s = groupSettings(settings, false);
      call(
          () ->
              useCases()
                  .saveDistributionGroup()
                  .save(new SaveDistributionGroupCommand(identity, mode(), s, false)));
    }
    return new Uid(guid(current));
  }

  // ---------------------------------------------------------------- delete

  @Override
  public void delete(ObjectClass objectClass, Uid uid, OperationOptions options) {
    RecipientRecord current =
        find(objectClass, uid.getUidValue())
            .orElseThrow(() -> new UnknownUidException(uid, objectClass));
    RecipientIdentity identity = target(objectClass, current);
    if (isAccount(objectClass)) {
      call(() -> useCases().removeMailbox().remove(new MailboxCommand(identity, mode(), false)));
    } else {
      call(
          () ->
              useCases()
                  .deleteDistributionGroup()
                  .delete(new GroupCommand(identity, mode(), false)));
    }
  }

  // ---------------------------------------------------------------- search

  @Override
  public FilterTranslator<String> createFilterTranslator(
      ObjectClass objectClass, OperationOptions options) {
    Map<String, String> properties = new HashMap<>();
    properties.put(Uid.NAME.toLowerCase(Locale.ROOT), GUID);
    properties.put(Name.NAME.toLowerCase(Locale.ROOT), isAccount(objectClass) ? UPN : "Name");
    for (String p : readable(objectClass)) {
      if (!p.equals(MailboxParameter.MAILBOX_TYPE.attributeName())) {
        properties.put(p.toLowerCase(Locale.ROOT), p);
      }
    }
    return new OpathTranslator(properties);
  }

  @Override
  public void executeQuery(
      ObjectClass objectClass, String filter, ResultsHandler handler, OperationOptions options) {
    requireSupported(objectClass);
    SearchQuery query =
        SearchQuery.all(cmdlet(objectClass))
            .with("ResultSize", SearchValue.text("Unlimited"))
            .withProperties(properties(objectClass));
    if (filter != null) {
      query = query.with("Filter", SearchValue.text(filter));
    }
    SearchQuery q = query;
    try (Stream<RecipientRecord> records =
        call(
            () ->
                useCases()
                    .searchRecipients()
                    .search(new SearchRecipientsQuery(mode().scope(), q)))) {
      var it = records.iterator();
      while (call(it::hasNext)) {
        if (!handler.handle(toObject(objectClass, call(it::next)))) {
          break;
        }
      }
    }
  }

  @Override
  public Uid resolveUsername(ObjectClass objectClass, String username, OperationOptions options) {
    requireSupported(objectClass);
    return find(objectClass, username)
        .map(r -> new Uid(guid(r)))
        .orElseThrow(
            () -> new UnknownUidException("No " + objectClass + " is named '" + username + "'"));
  }

  /**
   * Exchange's GUIDs compare ignoring case: a {@code __UID__} is compared in lower case. Names are
   * never changed: {@code __NAME__} comes back exactly as Exchange stores it.
   */
  @Override
  public Attribute normalizeAttribute(ObjectClass objectClass, Attribute attribute) {
    if (attribute.is(Uid.NAME)) {
      String value = AttributeUtil.getStringValue(attribute);
      return value == null ? attribute : new Uid(value.toLowerCase(Locale.ROOT));
    }
    return attribute;
  }

  // ---------------------------------------------------------------- mapping

  private Optional<RecipientRecord> find(ObjectClass objectClass, String identity) {
    requireSupported(objectClass);
    boolean guid = isGuid(identity);
    String property = guid ? GUID : isAccount(objectClass) ? UPN : "Name";
    String value = guid ? identity.toLowerCase(Locale.ROOT) : identity;
    SearchQuery query =
        SearchQuery.all(cmdlet(objectClass))
            .with(
                "Filter", SearchValue.text(property + " -eq '" + identity.replace("'", "''") + "'"))
            .withProperties(properties(objectClass));
    try (Stream<RecipientRecord> records =
        call(
            () ->
                useCases()
                    .searchRecipients()
                    .search(new SearchRecipientsQuery(mode().scope(), query)))) {
      return call(() -> records.findFirst());
    }
  }

  private org.identityconnectors.framework.common.objects.ConnectorObject toObject(
      ObjectClass objectClass, RecipientRecord r) {
    ConnectorObjectBuilder b = new ConnectorObjectBuilder().setObjectClass(objectClass);
    b.setUid(guid(r));
    b.setName(name(objectClass, r));
    for (String p : readable(objectClass)) {
      List<String> values = r.properties().getOrDefault(p, List.of());
      if (p.equals(MailboxParameter.MAILBOX_TYPE.attributeName())) {
        List<String> details = r.properties().getOrDefault("RecipientTypeDetails", List.of());
        if (!details.isEmpty()) {
          try {
            b.addAttribute(p, MailboxType.fromRecipientTypeDetails(details.get(0)).switchName());
          } catch (IllegalArgumentException notAMailbox) {
            // not one of the four mailbox types: leave it out
          }
        }
        continue;
      }
      List<Object> out = new ArrayList<>();
      boolean bool = isBoolean(objectClass, p);
      for (String v : values) {
        if (v != null && !v.isEmpty()) {
          out.add(bool ? Boolean.valueOf(v.equalsIgnoreCase("true")) : v);
        }
      }
      if (!out.isEmpty()) {
        b.addAttribute(p, out);
      }
    }
    return b.build();
  }

  /** The mailbox parameters an update does not take: the password and the create-only ones. */
  private Set<MailboxParameter> createOnly() {
    Set<MailboxParameter> out = new java.util.HashSet<>(Schemas.SPECIAL);
    Map<String, AttributeInfo> infos = attributeInfos(ObjectClass.ACCOUNT);
    for (MailboxParameter p : MailboxParameter.values()) {
      AttributeInfo info = infos.get(p.attributeName());
      if (info != null && !info.isUpdateable()) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * True when a readable single value equals what Exchange holds now: such an attribute is left out
   * of the update, as the planner would (some, like ArchiveDatabase, it accepts only when they
   * change something).
   */
  private boolean unchanged(ObjectClass objectClass, RecipientRecord current, Attribute a) {
    AttributeInfo info = attributeInfos(objectClass).get(a.getName());
    if (info == null
        || !info.isReadable()
        || info.isMultiValued()
        || a.getValue() == null
        || a.getValue().size() != 1
        || a.getValue().get(0) == null
        || a.is(MailboxParameter.MAILBOX_TYPE.attributeName())) {
      return false;
    }
    List<String> now = current.properties().getOrDefault(info.getName(), List.of());
    return now.size() == 1
        && a.getValue().get(0).toString().equalsIgnoreCase(String.valueOf(now.get(0)));
  }

  private static String single(RecipientRecord r, String property) {
    List<String> v = r.properties().getOrDefault(property, List.of());
    return v.isEmpty() || v.get(0) == null ? "" : v.get(0);
  }

  private static String guid(RecipientRecord r) {
    String g = single(r, GUID);
    if (g.isEmpty()) {
      throw new ConnectorException("Exchange returned '" + r.identity() + "' without its Guid");
    }
    return g;
  }

  /**
   * The identity a change names: a mailbox by its current UserPrincipalName, which both Exchange
   * and the cloud directory (which knows users only by UPN) resolve, so that an Exchange Online
   * user's licences and cloud account are found; a group, or an account without a UPN, by Guid.
   */
  private RecipientIdentity target(ObjectClass objectClass, RecipientRecord r) {
    String upn = isAccount(objectClass) ? single(r, UPN) : "";
    return upn.isEmpty() ? identity(Uid.NAME, guid(r)) : identity(Name.NAME, upn);
  }

  private String name(ObjectClass objectClass, RecipientRecord r) {
    String n = single(r, isAccount(objectClass) ? UPN : "Name");
    return n.isEmpty() ? single(r, "Name") : n;
  }

  private List<String> properties(ObjectClass objectClass) {
    List<String> p = new ArrayList<>(List.of(GUID, "Name", "RecipientTypeDetails"));
    if (isAccount(objectClass)) {
      p.add(UPN);
    }
    for (String r : readable(objectClass)) {
      if (!p.contains(r) && !r.equals(MailboxParameter.MAILBOX_TYPE.attributeName())) {
        p.add(r);
      }
    }
    return p;
  }

  private Map<String, AttributeInfo> attributeInfos(ObjectClass objectClass) {
    return isAccount(objectClass)
        ? Schemas.accountAttributes(mode(), deployment().version())
        : Schemas.groupAttributes(deployment().version());
  }

  private List<String> readable(ObjectClass objectClass) {
    List<String> out = new ArrayList<>();
    for (AttributeInfo i : call(() -> attributeInfos(objectClass)).values()) {
      if (i.isReadable()) {
        out.add(i.getName());
      }
    }
    return out;
  }

  private boolean isBoolean(ObjectClass objectClass, String attribute) {
    AttributeInfo i = attributeInfos(objectClass).get(attribute);
    return i != null && i.getType() == Boolean.class;
  }

  /** Account attributes as the use case's settings; unknown or inapplicable ones are refused. */
  private MailboxSettings mailboxSettings(
      RecipientIdentity identity, Set<Attribute> attributes, boolean create) {
    Map<String, AttributeInfo> infos = attributeInfos(ObjectClass.ACCOUNT);
    Map<String, List<String>> texts = new LinkedHashMap<>();
    List<Violation> violations = new ArrayList<>();
    Map<MailboxParameter, List<RecipientIdentity>> multi = new EnumMap<>(MailboxParameter.class);
    List<LicenseSelection> licences = null;
    for (Attribute a : attributes) {
      if (a.is(Name.NAME) || a.is(Uid.NAME) || a.is(OperationalAttributes.ENABLE_NAME)) {
        continue;
      }
      if (a.is(OperationalAttributes.PASSWORD_NAME)) {
        if (!create) {
          continue;
        }
        texts.put(MailboxParameter.PASSWORD.attributeName(), List.of(secret(a).reveal()));
        continue;
      }
      AttributeInfo info = permitted(infos, a, create);
      if (info.getName().equals(Licences.ATTRIBUTE)) {
        licences = text(a, info).flatMap(t -> Licences.parse(t, violations)).orElse(null);
      } else if (info.isMultiValued()) {
        // ModeratedBy and the delegates (FullAccess, SendAs, SendOnBehalf): the full list
        multi.put(
            MailboxParameter.byAttributeName(info.getName()).orElseThrow(),
            identities(a, violations));
      } else {
        text(a, info).ifPresent(t -> texts.put(info.getName(), List.of(t)));
      }
    }
    String mailboxType = MailboxParameter.MAILBOX_TYPE.attributeName();
    if (texts.containsKey(mailboxType)
        && texts.get(mailboxType).get(0).equalsIgnoreCase(MailboxType.USER.switchName())) {
      texts.remove(mailboxType); // a user mailbox is the default type: no switch
    }
    if (create) {
      try {
        texts.put(UPN, List.of(UserPrincipalName.of(identity.value()).value()));
      } catch (IllegalArgumentException notUpn) {
        // enable behaviour: any identity of the existing user
      }
    }
    MailboxSettings.Parsed parsed = MailboxSettings.parse(texts);
    violations.addAll(parsed.violations());
    if (!violations.isEmpty()) {
      throw Errors.toConnId(new io.exchangekit.core.error.ValidationException(violations));
    }
    MailboxSettings.Builder b = parsed.settings().toBuilder();
    multi.forEach((p, ids) -> b.set(p, MultiValue.replace(ids)));
    if (licences != null) {
      b.set(MailboxParameter.LICENSES, licences);
    }
    return b.build();
  }

  private DistributionGroupSettings groupSettings(Set<Attribute> attributes, boolean create) {
    Map<String, AttributeInfo> infos = attributeInfos(ObjectClass.GROUP);
    Map<String, List<String>> texts = new LinkedHashMap<>();
    Map<GroupParameter, List<RecipientIdentity>> multi = new LinkedHashMap<>();
    List<Violation> violations = new ArrayList<>();
    for (Attribute a : attributes) {
      if (a.is(Uid.NAME)) {
        continue;
      }
      if (a.is(Name.NAME)) {
        texts.put(GroupParameter.NAME.attributeName(), List.of(AttributeUtil.getStringValue(a)));
        continue;
      }
      AttributeInfo info = permitted(infos, a, create);
      if (info.isMultiValued()) {
        multi.put(GroupParameter.byAttributeName(info.getName()).get(), identities(a, violations));
      } else {
        text(a, info).ifPresent(t -> texts.put(info.getName(), List.of(t)));
      }
    }
    DistributionGroupSettings.Parsed parsed = DistributionGroupSettings.parse(texts);
    violations.addAll(parsed.violations());
    if (!violations.isEmpty()) {
      throw Errors.toConnId(new io.exchangekit.core.error.ValidationException(violations));
    }
    DistributionGroupSettings s = parsed.settings();
    for (Map.Entry<GroupParameter, List<RecipientIdentity>> e : multi.entrySet()) {
      s = s.with(e.getKey(), MultiValue.replace(e.getValue()));
    }
    return s;
  }

  private static AttributeInfo permitted(
      Map<String, AttributeInfo> infos, Attribute a, boolean create) {
    AttributeInfo info = null;
    for (AttributeInfo i : infos.values()) {
      if (i.getName().equalsIgnoreCase(a.getName())) {
        info = i;
      }
    }
    if (info == null) {
      throw new InvalidAttributeValueException(
          "'"
              + a.getName()
              + "' is not an attribute of this resource's mode; allowed: "
              + String.join(", ", infos.keySet()));
    }
    if (create ? !info.isCreateable() : !info.isUpdateable()) {
      throw new InvalidAttributeValueException(
          "'"
              + info.getName()
              + "' cannot be "
              + (create ? "set when the object is created" : "changed on an existing object"));
    }
    return info;
  }

  private static Optional<String> text(Attribute a, AttributeInfo info) {
    List<Object> values = a.getValue();
    if (values == null || values.isEmpty() || values.get(0) == null) {
      throw new InvalidAttributeValueException(
          "'" + info.getName() + "' cannot be cleared; give it a value");
    }
    if (values.size() > 1) {
      throw new InvalidAttributeValueException(
          "'" + info.getName() + "' takes one value but " + values.size() + " were given");
    }
    Object v = values.get(0);
    if (info.getType() == Boolean.class && !(v instanceof Boolean)) {
      throw new InvalidAttributeValueException("'" + info.getName() + "' takes a Boolean");
    }
    if (info.getType() == String.class && !(v instanceof String)) {
      throw new InvalidAttributeValueException("'" + info.getName() + "' takes a String");
    }
    return Optional.of(v.toString());
  }

  private static List<RecipientIdentity> identities(Attribute a, List<Violation> violations) {
    List<RecipientIdentity> out = new ArrayList<>();
    for (Object v : a.getValue() == null ? List.of() : a.getValue()) {
      try {
        out.add(RecipientIdentity.of(String.valueOf(v).trim()));
      } catch (IllegalArgumentException e) {
        violations.add(new Violation(a.getName(), e.getMessage()));
      }
    }
    return out;
  }

  private static Secret secret(Attribute a) {
    Object v = AttributeUtil.getSingleValue(a);
    if (!(v instanceof org.identityconnectors.common.security.GuardedString g)) {
      throw new InvalidAttributeValueException("__PASSWORD__ takes a GuardedString");
    }
    StringBuilder out = new StringBuilder();
    g.access(chars -> out.append(chars));
    try {
      return Secret.of(out.toString());
    } catch (IllegalArgumentException e) {
      throw new InvalidAttributeValueException(
          "__PASSWORD__ must not contain CR, LF or NUL characters");
    }
  }

  private static Boolean enableValue(Set<Attribute> attributes) {
    Attribute a = AttributeUtil.find(OperationalAttributes.ENABLE_NAME, attributes);
    if (a == null) {
      return null;
    }
    Object v = AttributeUtil.getSingleValue(a);
    if (!(v instanceof Boolean b)) {
      throw new InvalidAttributeValueException("__ENABLE__ takes true or false");
    }
    return b;
  }

  private static String requiredName(Set<Attribute> attributes) {
    Name name = AttributeUtil.getNameFromAttributes(attributes);
    if (name == null || name.getNameValue() == null || name.getNameValue().isBlank()) {
      throw new InvalidAttributeValueException(
          "__NAME__ is required: the UserPrincipalName of a mailbox or the Name of a group");
    }
    return name.getNameValue();
  }

  private static RecipientIdentity identity(String attribute, String value) {
    try {
      return RecipientIdentity.of(value.trim());
    } catch (IllegalArgumentException e) {
      throw new InvalidAttributeValueException(attribute + ": " + e.getMessage());
    }
  }

  private static boolean isGuid(String text) {
    return text.matches(
        "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  }

  private static boolean isAccount(ObjectClass c) {
    return ObjectClass.ACCOUNT.equals(c);
  }

  private static boolean isGroup(ObjectClass c) {
    return ObjectClass.GROUP.equals(c);
  }

  private static String cmdlet(ObjectClass c) {
    return isAccount(c) ? "Get-Mailbox" : "Get-DistributionGroup";
  }

  private static void requireSupported(ObjectClass c) {
    if (!isAccount(c) && !isGroup(c)) {
      throw unsupported(c);
    }
  }

  private static UnsupportedOperationException unsupported(ObjectClass c) {
    return new UnsupportedOperationException(
        "Object class "
            + c.getObjectClassValue()
            + " is not supported; use __ACCOUNT__ or __GROUP__");
  }

  /** Runs a use-case call, mapping ExchangeKit's exceptions to ConnId's. */
  private static <T> T call(Supplier<T> work) {
    try {
      return work.get();
    } catch (ExchangeConnectorException e) {
      throw Errors.toConnId(e);
    }
  }

  private static void call(Runnable work) {
    call(
        () -> {
          work.run();
          return null;
        });
  }
}
