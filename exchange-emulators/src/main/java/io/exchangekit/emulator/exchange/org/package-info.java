/**
 * The emulated organisation and its cmdlets.
 *
 * <p>Cmdlets by family: {@link io.exchangekit.emulator.exchange.org.ExchangeCmdlets} is the
 * session's command host; each family class ({@code SessionCmdlets}, {@code UserCmdlets}, {@code
 * MailboxCmdlets}, {@code RemoteMailboxCmdlets} (hybrid), {@code CasMailboxCmdlets}, {@code
 * RecipientQueryCmdlets}, {@code DistributionGroupCmdlets}) declares its commands as {@code
 * EmulatedCmdlet}s (name, versions, confirmation, catalog binding or hand-written parameters,
 * behaviour) and implements them over the shared parts of the session ({@code CmdletContext}):
 * {@code RecipientResolver} (identities), {@code UniquenessCheck} (names, UPNs, SamAccountNames,
 * aliases, proxy addresses), {@code ArgumentRules}, {@code RecipientViews} (output shapes), {@code
 * RecipientSearch} (Get- reads) and {@code ExchangeErrors} (every Microsoft text). To add a family
 * (e.g. mailbox permissions or remote mailboxes): write a package-private {@code XxxCmdlets} class
 * with a constructor taking the {@code CmdletContext}, a static {@code cmdlets()} list built with
 * {@code EmulatedCmdlet.exchange(name, XxxCmdlets::new, XxxCmdlets::behaviour)} (plus {@code
 * asDestructive()} for cmdlets that ask for confirmation), put its error texts in {@code
 * ExchangeErrors}, and add {@code XxxCmdlets.cmdlets()} to {@code CmdletRegistry.EXCHANGE}. The
 * parameters come from Microsoft's catalog, so a cmdlet the catalog does not list for a version
 * stays unavailable there; {@code ExchangeCmdlets.IMPLEMENTED} and {@code DESTRUCTIVE} follow from
 * the declarations.
 *
 * <p>Organisation file (JSON, unknown fields rejected): {@code name}, {@code domainController},
 * {@code exchangeServer}, {@code tenant}, {@code acceptedDomains[]}, {@code organizationalUnits[]}
 * (canonical names such as {@code contoso.com/Users}), {@code databases[]}, {@code
 * archiveDatabases[]}, {@code policies} ({@code retention}, {@code sharing}, {@code addressBook},
 * {@code activeSync}, {@code roleAssignment}, {@code throttling}, {@code managedFolder}: lists of
 * names), {@code mailboxProvisioningDelayMillis}, {@code users[]} (guid, name, displayName,
 * userPrincipalName, samAccountName, organizationalUnit, enabled, firstName, lastName, initials,
 * resetPasswordOnNextLogon, passwordSet, cloud, exchangeLicence, exchangeLicensedAtMillis,
 * attributes, and {@code mailbox}: type, alias, emailAddresses ({@code SMTP:} primary, {@code
 * smtp:} secondary), emailAddressPolicyEnabled, database, archiveEnabled, archiveDatabase, the
 * policies, arbitrationMailbox, moderationEnabled, moderatedBy (guids),
 * sendModerationNotifications, hiddenFromAddressListsEnabled, accountDisabled, immutableId,
 * protocols (OWAEnabled … ImapEnabled), customAttributes, settings), {@code remoteMailbox} (hybrid:
 * the same fields plus remoteRoutingAddress, for a mailbox in Exchange Online) with {@code
 * remoteMailboxSinceMillis}, and {@code groups[]} (guid, name, displayName, alias, samAccountName,
 * emailAddresses, type Distribution|Security, organizationalUnit, members/managedBy/moderatedBy
 * (guids), moderationEnabled, memberJoinRestriction, memberDepartRestriction,
 * requireSenderAuthenticationEnabled, hiddenFromAddressListsEnabled, notes, exchangeVisible,
 * settings). The shipped demo is {@code demo-organisation.json} beside the emulator's classes.
 */
package io.exchangekit.emulator.exchange.org;
