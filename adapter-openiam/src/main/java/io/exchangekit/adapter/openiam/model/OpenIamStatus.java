package io.exchangekit.adapter.openiam.model;

/**
 * The status of a response: SUCCESS (done, or planned in a dry run), FAILURE (nothing or part ran;
 * see the error code and messages), PENDING (Exchange Online is still creating the mailbox; the
 * pending settings need a later request).
 */
public enum OpenIamStatus {
  SUCCESS,
  FAILURE,
  PENDING
}
