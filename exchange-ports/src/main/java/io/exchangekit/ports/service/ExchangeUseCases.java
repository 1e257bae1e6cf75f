package io.exchangekit.ports.service;

import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.mode.NewUserBehavior;
import io.exchangekit.core.mode.Scope;
import io.exchangekit.core.planning.PlanOptions;
import io.exchangekit.ports.in.connection.TestConnectionUseCase;
import io.exchangekit.ports.in.group.ChangeGroupMembersUseCase;
import io.exchangekit.ports.in.group.DeleteDistributionGroupUseCase;
import io.exchangekit.ports.in.group.SaveDistributionGroupUseCase;
import io.exchangekit.ports.in.license.AssignLicensesUseCase;
import io.exchangekit.ports.in.mailbox.LockMailboxUseCase;
import io.exchangekit.ports.in.mailbox.ProvisionMailboxUseCase;
import io.exchangekit.ports.in.mailbox.RemoveMailboxUseCase;
import io.exchangekit.ports.in.mailbox.ResetPasswordUseCase;
import io.exchangekit.ports.in.mailbox.UnlockMailboxUseCase;
import io.exchangekit.ports.in.search.SearchRecipientsUseCase;
import io.exchangekit.ports.out.directory.CloudDirectoryPort;
import io.exchangekit.ports.spi.ExchangeBackend;
import java.util.Objects;
import java.util.Optional;

/**
 * The one public entry to the use cases: give it the backends of the scopes the deployment serves,
 * and it hands out each use case. A request for a scope that has no backend fails with {@link
 * io.exchangekit.core.error.ModeNotSupportedException}. The deployment's {@linkplain #defaultMode()
 * default connector mode} is what a driving adapter uses when a request names none.
 */
public final class ExchangeUseCases {
  private final MailboxServices mailboxes;
  private final GroupServices groups;
  private final DirectoryServices directory;
  private final ConnectorMode defaultMode;

  private ExchangeUseCases(Targets targets, ConnectorMode defaultMode) {
    this.mailboxes = new MailboxServices(targets);
    this.groups = new GroupServices(targets);
    this.directory = new DirectoryServices(targets);
    this.defaultMode = defaultMode;
  }

  /** A builder without backends. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The connector mode for requests that name none: the one given to the builder, else premise +
   * enable when there is a premise backend (the seed's default), else online + enable.
   *
   * @return never null; its scope always has a backend
   */
  public ConnectorMode defaultMode() {
    return defaultMode;
  }

  public ProvisionMailboxUseCase provisionMailbox() {
    return mailboxes;
  }

  public RemoveMailboxUseCase removeMailbox() {
    return mailboxes;
  }

  public LockMailboxUseCase lockMailbox() {
    return mailboxes;
  }

  public UnlockMailboxUseCase unlockMailbox() {
    return mailboxes;
  }

  public ResetPasswordUseCase resetPassword() {
    return mailboxes;
  }

  public SaveDistributionGroupUseCase saveDistributionGroup() {
    return groups;
  }

  public DeleteDistributionGroupUseCase deleteDistributionGroup() {
    return groups;
  }

  public ChangeGroupMembersUseCase changeGroupMembers() {
    return groups;
  }

  public AssignLicensesUseCase assignLicenses() {
    return directory;
  }

  public SearchRecipientsUseCase searchRecipients() {
    return directory;
  }

  public TestConnectionUseCase testConnection() {
    return directory;
  }

  /** Collects the backends, the options and the default mode. */
  public static final class Builder {
    private ExchangeBackend premise;
    private ExchangeBackend online;
    private CloudDirectoryPort cloudDirectory;
    private PlanOptions options = PlanOptions.DEFAULT;
    private ConnectorMode defaultMode;

    private Builder() {}

    /** The Exchange Server organisation, for premise scope. */
    public Builder premise(ExchangeBackend backend) {
      this.premise = Objects.requireNonNull(backend, "'premise' must not be null");
      return this;
    }

    /** Exchange Online and the tenant's directory, for online scope. */
    public Builder online(ExchangeBackend backend, CloudDirectoryPort directory) {
      this.online = Objects.requireNonNull(backend, "'online' must not be null");
      this.cloudDirectory = Objects.requireNonNull(directory, "'directory' must not be null");
      return this;
    }

    /**
     * The tenant's directory for hybrid scope, where the Exchange side is the on-premises server
     * ({@link #premise}) and licences come from the tenant; {@link #online} sets it too.
     */
    public Builder cloudDirectory(CloudDirectoryPort directory) {
      this.cloudDirectory = Objects.requireNonNull(directory, "'directory' must not be null");
      return this;
    }

    /** Planning options for every use case. */
    public Builder options(PlanOptions options) {
      this.options = Objects.requireNonNull(options, "'options' must not be null");
      return this;
    }

    /** The connector mode for requests that name none; its scope must have a backend. */
    public Builder defaultMode(ConnectorMode mode) {
      this.defaultMode = Objects.requireNonNull(mode, "'defaultMode' must not be null");
      return this;
    }

    /**
     * @throws IllegalStateException when no backend was given, or the default mode's scope has none
     */
    public ExchangeUseCases build() {
      if (premise == null && online == null) {
        throw new IllegalStateException(
            "ExchangeUseCases needs at least one backend: premise(...) or online(...)");
      }
      ConnectorMode mode =
          defaultMode != null
              ? defaultMode
              : ConnectorMode.of(
                  premise != null ? Scope.PREMISE : Scope.ONLINE, NewUserBehavior.ENABLE);
      if ((mode.scope() == Scope.ONLINE ? online : premise) == null
          || (mode.isHybrid() && cloudDirectory == null)) {
        throw new IllegalStateException(
            "the default connector mode "
                + mode
                + " needs a backend for scope "
                + mode.scope()
                + (mode.isHybrid() ? " (the on-premises backend and the cloud directory)" : "")
                + ", which was not given");
      }
      return new ExchangeUseCases(
          new Targets(
              Optional.ofNullable(premise),
              Optional.ofNullable(online),
              Optional.ofNullable(cloudDirectory),
              options),
          mode);
    }
  }
}
