/**
 * The use cases ExchangeKit offers its callers (driving adapters such as the OpenIAM connector, or
 * a host application that embeds the library). Each use case is one interface with one method
 * taking one command record; obtain implementations from {@code
 * io.exchangekit.ports.service.ExchangeUseCases}.
 *
 * <p>Every use case is idempotent: repeating a request converges on the requested state instead of
 * failing with "already exists", and removing what is gone succeeds. Failures are thrown as
 * subclasses of {@link io.exchangekit.core.error.ExchangeConnectorException}; {@link
 * io.exchangekit.core.error.ExchangeConnectorException#completedSteps()} tells which steps ran
 * before a failure.
 *
 * <pre>{@code
 * ExchangeUseCases useCases = ExchangeUseCases.builder()
 *     .premise(onPremisesBackend)
 *     .build();
 * Outcome outcome = useCases.provisionMailbox().provision(new ProvisionMailboxCommand(
 *     RecipientIdentity.of("jdoe@contoso.com"), ConnectorMode.DEFAULT,
 *     MailboxSettings.builder().set(MailboxParameter.DATABASE, ObjectName.of("DB01")).build(),
 *     false));
 * }</pre>
 */
package io.exchangekit.ports.in;
