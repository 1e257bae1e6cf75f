package io.exchangekit.adapter.openiam.mapping;

import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.mode.Scope;
import io.exchangekit.core.search.RecipientRecord;
import io.exchangekit.ports.in.Outcome;
import io.exchangekit.ports.in.group.GroupCommand;
import io.exchangekit.ports.in.group.SaveDistributionGroupCommand;
import io.exchangekit.ports.in.mailbox.MailboxCommand;
import io.exchangekit.ports.in.mailbox.ProvisionMailboxCommand;
import io.exchangekit.ports.in.mailbox.ResetPasswordCommand;
import io.exchangekit.ports.in.search.SearchRecipientsQuery;
import io.exchangekit.ports.service.ExchangeUseCases;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The use case a request maps to, with its command: one record per use case, each of which runs
 * itself on the use cases and hands what it returned to an {@link Answer}.
 */
public sealed interface UseCaseCall {

  /**
   * Runs this call's use case.
   *
   * @param useCases the use cases of the request's managed system; never null
   * @param answer turns what the use case returned into the caller's result; never null
   * @return the answer's result
   */
  <R> R run(ExchangeUseCases useCases, Answer<R> answer);

  /**
   * What the caller makes of a use case's result; one method per kind of result.
   *
   * @param <R> the caller's result, e.g. a response
   */
  interface Answer<R> {
    /** A provisioning use case ran (or planned, for a dry run). */
    R changed(Outcome outcome);

    /** The connection test reached the target. */
    R tested(Scope scope, ExchangeVersion version);

    /**
     * A search found these records; the stream is open only during this call.
     *
     * @param requestedAttributes the attributes the request asked for; empty for all
     */
    R found(Stream<RecipientRecord> records, List<String> requestedAttributes);
  }

  /** USER SAVE: {@code ProvisionMailboxUseCase}. */
  record ProvisionMailbox(ProvisionMailboxCommand command) implements UseCaseCall {
    public ProvisionMailbox {
      Objects.requireNonNull(command, "'command' must not be null");
    }

    @Override
    public <R> R run(ExchangeUseCases useCases, Answer<R> answer) {
      return answer.changed(useCases.provisionMailbox().provision(command));
    }
  }

  /** USER DELETE: {@code RemoveMailboxUseCase}. */
  record RemoveMailbox(MailboxCommand command) implements UseCaseCall {
    public RemoveMailbox {
      Objects.requireNonNull(command, "'command' must not be null");
    }

    @Override
    public <R> R run(ExchangeUseCases useCases, Answer<R> answer) {
      return answer.changed(useCases.removeMailbox().remove(command));
    }
  }

  /** USER SUSPEND: {@code LockMailboxUseCase}. */
  record LockMailbox(MailboxCommand command) implements UseCaseCall {
    public LockMailbox {
      Objects.requireNonNull(command, "'command' must not be null");
    }

    @Override
    public <R> R run(ExchangeUseCases useCases, Answer<R> answer) {
      return answer.changed(useCases.lockMailbox().lock(command));
    }
  }

  /** USER RESUME: {@code UnlockMailboxUseCase}. */
  record UnlockMailbox(MailboxCommand command) implements UseCaseCall {
    public UnlockMailbox {
      Objects.requireNonNull(command, "'command' must not be null");
    }

    @Override
    public <R> R run(ExchangeUseCases useCases, Answer<R> answer) {
      return answer.changed(useCases.unlockMailbox().unlock(command));
    }
  }

  /** USER RESET_PASSWORD: {@code ResetPasswordUseCase}. */
  record ResetPassword(ResetPasswordCommand command) implements UseCaseCall {
    public ResetPassword {
      Objects.requireNonNull(command, "'command' must not be null");
    }

    @Override
    public <R> R run(ExchangeUseCases useCases, Answer<R> answer) {
      return answer.changed(useCases.resetPassword().resetPassword(command));
    }
  }

  /**
   * GROUP SAVE: {@code SaveDistributionGroupUseCase}; when the request both added and deleted
   * members, the command carries the deletions and the use case removes them.
   */
  record SaveGroup(SaveDistributionGroupCommand command) implements UseCaseCall {
    public SaveGroup {
      Objects.requireNonNull(command, "'command' must not be null");
    }

    @Override
    public <R> R run(ExchangeUseCases useCases, Answer<R> answer) {
      return answer.changed(useCases.saveDistributionGroup().save(command));
    }
  }

  /** GROUP DELETE: {@code DeleteDistributionGroupUseCase}. */
  record DeleteGroup(GroupCommand command) implements UseCaseCall {
    public DeleteGroup {
      Objects.requireNonNull(command, "'command' must not be null");
    }

    @Override
    public <R> R run(ExchangeUseCases useCases, Answer<R> answer) {
      return answer.changed(useCases.deleteDistributionGroup().delete(command));
    }
  }

  /** SEARCH: {@code SearchRecipientsUseCase}; the response lists the requested attributes. */
  record Search(SearchRecipientsQuery query, List<String> requestedAttributes)
      implements UseCaseCall {
    public Search {
      Objects.requireNonNull(query, "'query' must not be null");
      requestedAttributes = List.copyOf(requestedAttributes);
    }

    @Override
    public <R> R run(ExchangeUseCases useCases, Answer<R> answer) {
      try (Stream<RecipientRecord> records = useCases.searchRecipients().search(query)) {
        return answer.found(records, requestedAttributes);
      }
    }
  }

  /** TEST: {@code TestConnectionUseCase}. */
  record TestConnection(Scope scope) implements UseCaseCall {
    public TestConnection {
      Objects.requireNonNull(scope, "'scope' must not be null");
    }

    @Override
    public <R> R run(ExchangeUseCases useCases, Answer<R> answer) {
      return answer.tested(scope, useCases.testConnection().test(scope));
    }
  }
}
