package io.exchangekit.adapter.openiam.mapping;

import io.exchangekit.core.mode.Scope;
import io.exchangekit.ports.in.group.ChangeGroupMembersCommand;
import io.exchangekit.ports.in.group.GroupCommand;
import io.exchangekit.ports.in.group.SaveDistributionGroupCommand;
import io.exchangekit.ports.in.mailbox.MailboxCommand;
import io.exchangekit.ports.in.mailbox.ProvisionMailboxCommand;
import io.exchangekit.ports.in.mailbox.ResetPasswordCommand;
import io.exchangekit.ports.in.search.SearchRecipientsQuery;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The use case a request maps to, with its command: one record per use case. */
public sealed interface UseCaseCall {

  /** USER SAVE: {@code ProvisionMailboxUseCase}. */
  record ProvisionMailbox(ProvisionMailboxCommand command) implements UseCaseCall {
    public ProvisionMailbox {
      Objects.requireNonNull(command, "'command' must not be null");
    }
  }

  /** USER DELETE: {@code RemoveMailboxUseCase}. */
  record RemoveMailbox(MailboxCommand command) implements UseCaseCall {
    public RemoveMailbox {
      Objects.requireNonNull(command, "'command' must not be null");
    }
  }

  /** USER SUSPEND: {@code LockMailboxUseCase}. */
  record LockMailbox(MailboxCommand command) implements UseCaseCall {
    public LockMailbox {
      Objects.requireNonNull(command, "'command' must not be null");
    }
  }

  /** USER RESUME: {@code UnlockMailboxUseCase}. */
  record UnlockMailbox(MailboxCommand command) implements UseCaseCall {
    public UnlockMailbox {
      Objects.requireNonNull(command, "'command' must not be null");
    }
  }

  /** USER RESET_PASSWORD: {@code ResetPasswordUseCase}. */
  record ResetPassword(ResetPasswordCommand command) implements UseCaseCall {
    public ResetPassword {
      Objects.requireNonNull(command, "'command' must not be null");
    }
  }

  /**
   * GROUP SAVE: {@code SaveDistributionGroupUseCase}, then, when the request both added and deleted
   * members, {@code ChangeGroupMembersUseCase} for the deletions.
   */
  record SaveGroup(
      SaveDistributionGroupCommand command, Optional<ChangeGroupMembersCommand> memberRemovals)
      implements UseCaseCall {
    public SaveGroup {
      Objects.requireNonNull(command, "'command' must not be null");
      Objects.requireNonNull(memberRemovals, "'memberRemovals' must not be null");
    }
  }

  /** GROUP DELETE: {@code DeleteDistributionGroupUseCase}. */
  record DeleteGroup(GroupCommand command) implements UseCaseCall {
    public DeleteGroup {
      Objects.requireNonNull(command, "'command' must not be null");
    }
  }

  /** SEARCH: {@code SearchRecipientsUseCase}; the response lists the requested attributes. */
  record Search(SearchRecipientsQuery query, List<String> requestedAttributes)
      implements UseCaseCall {
    public Search {
      Objects.requireNonNull(query, "'query' must not be null");
      requestedAttributes = List.copyOf(requestedAttributes);
    }
  }

  /** TEST: {@code TestConnectionUseCase}. */
  record TestConnection(Scope scope) implements UseCaseCall {
    public TestConnection {
      Objects.requireNonNull(scope, "'scope' must not be null");
    }
  }
}
