package io.exchangekit.emulator.exchange.org;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The organisation's data, in the shape of the organisation JSON file. */
final class Model {
  private Model() {}

  /** The whole organisation. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  static final class State {
    public String name = "contoso";
    public String domainController = "DC01.contoso.com";
    public String exchangeServer = "EXCHANGE1.contoso.com";
    public String tenant;
    public List<String> acceptedDomains = new ArrayList<>();
    public List<String> organizationalUnits = new ArrayList<>();
    public List<String> databases = new ArrayList<>();
    public List<String> archiveDatabases = new ArrayList<>();
    public Policies policies = new Policies();
    public long mailboxProvisioningDelayMillis;
    public List<User> users = new ArrayList<>();
    public List<Group> groups = new ArrayList<>();
  }

  /** Policy names that exist, by kind. */
  static final class Policies {
    public List<String> retention = new ArrayList<>();
    public List<String> sharing = new ArrayList<>();
    public List<String> addressBook = new ArrayList<>();
    public List<String> activeSync = new ArrayList<>();
    public List<String> roleAssignment = new ArrayList<>();
    public List<String> throttling = new ArrayList<>();
    public List<String> managedFolder = new ArrayList<>();
  }

  /** An AD user (on-premises) or a cloud user (Online), with its mailbox if it has one. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  static final class User {
    public String guid;
    public String name;
    public String displayName;
    public String userPrincipalName;
    public String samAccountName;
    public String organizationalUnit;
    public boolean enabled = true;
    public String firstName;
    public String lastName;
    public String initials;
    public boolean resetPasswordOnNextLogon;

    /** Only a digest-free marker that a password was set; the text is never stored. */
    public boolean passwordSet;

    public boolean cloud;
    public boolean exchangeLicence;
    public Long exchangeLicensedAtMillis;
    public Map<String, String> attributes = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    public Mailbox mailbox;

    /**
     * Hybrid: the on-premises side of a mailbox in Exchange Online (a mail user with a remote
     * routing address); never set together with {@link #mailbox}.
     */
    public Mailbox remoteMailbox;

    /** When the remote mailbox was enabled, for the directory synchronisation's delay. */
    public Long remoteMailboxSinceMillis;
  }

  /** A mailbox: the Exchange attributes of a user. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  static final class Mailbox {
    public String type = "User";
    public String alias;
    public List<String> emailAddresses = new ArrayList<>();
    public boolean emailAddressPolicyEnabled = true;
    public String database;
    public boolean archiveEnabled;
    public String archiveDatabase;
    public String retentionPolicy;
    public String sharingPolicy;
    public String addressBookPolicy;
    public String activeSyncMailboxPolicy;
    public String roleAssignmentPolicy;
    public String throttlingPolicy;
    public String managedFolderMailboxPolicy;
    public String arbitrationMailbox;
    public boolean moderationEnabled;
    public List<String> moderatedBy = new ArrayList<>();
    public String sendModerationNotifications = "Always";
    public boolean hiddenFromAddressListsEnabled;
    public boolean accountDisabled;
    public String immutableId;

    /** A remote mailbox's address in the tenant ({@code alias@tenant.mail.onmicrosoft.com}). */
    public String remoteRoutingAddress;

    public Map<String, Boolean> protocols = defaultProtocols();
    public Map<String, String> customAttributes = new TreeMap<>();
    public Map<String, String> settings = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    /** Explicit mailbox permission entries (the defaults such as NT AUTHORITY\SELF are implied). */
    public List<Ace> permissions = new ArrayList<>();

    /** Trustees (guids) of the Send-As right: AD on-premises, a recipient permission online. */
    public List<String> sendAs = new ArrayList<>();

    public List<String> grantSendOnBehalfTo = new ArrayList<>();
  }

  /** An explicit mailbox permission entry. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  static final class Ace {
    public String trustee;
    public List<String> accessRights = new ArrayList<>();
    public boolean deny;
    public Boolean autoMapping;
  }

  static Map<String, Boolean> defaultProtocols() {
    Map<String, Boolean> p = new LinkedHashMap<>();
    for (String s : PROTOCOLS) {
      p.put(s, true);
    }
    return p;
  }

  /** The CAS protocol flags, as Set-CASMailbox names them. */
  static final List<String> PROTOCOLS =
      List.of(
          "OWAEnabled",
          "ActiveSyncEnabled",
          "EwsEnabled",
          "MAPIEnabled",
          "PopEnabled",
          "ImapEnabled");

  /** A distribution or mail-enabled security group. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  static final class Group {
    public String guid;
    public String name;
    public String displayName;
    public String alias;
    public String samAccountName;
    public List<String> emailAddresses = new ArrayList<>();
    public String type = "Distribution";
    public String organizationalUnit;
    public List<String> members = new ArrayList<>();
    public List<String> managedBy = new ArrayList<>();
    public List<String> moderatedBy = new ArrayList<>();
    public boolean moderationEnabled;
    public String memberJoinRestriction = "Closed";
    public String memberDepartRestriction = "Closed";
    public boolean requireSenderAuthenticationEnabled = true;
    public boolean hiddenFromAddressListsEnabled;
    public String notes;

    /** False for a group created in AD only: Exchange cannot see it (the seed's case). */
    public boolean exchangeVisible = true;

    public Map<String, String> settings = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  }
}
