package io.switchboard.identity;

import io.switchboard.identity.internal.IdentityProperties;
import io.switchboard.identity.internal.Invitations;
import io.switchboard.identity.internal.Sessions;
import io.switchboard.identity.internal.Users;
import io.switchboard.shared.Conflict;
import io.switchboard.shared.CursorPage;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NotFound;
import io.switchboard.shared.OpaqueTokens;
import io.switchboard.shared.Patches;
import io.switchboard.shared.TenantContext;
import io.switchboard.shared.UserId;
import java.net.URI;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The organization's people: invitations, roles, deactivation, profiles. */
@Service
public class UserManagement {

    private final Users users;
    private final Sessions sessions;
    private final Invitations invitations;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final IdentityProperties properties;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final io.switchboard.identity.internal.AccountMails mails;
    private final io.switchboard.identity.internal.UserReads reads;

    UserManagement(
            Users users,
            Sessions sessions,
            Invitations invitations,
            PasswordEncoder passwords,
            ApplicationEventPublisher events,
            IdentityProperties properties,
            Clock clock,
            TransactionTemplate tx,
            io.switchboard.identity.internal.AccountMails mails,
            io.switchboard.identity.internal.UserReads reads) {
        this.mails = mails;
        this.reads = reads;
        this.users = users;
        this.sessions = sessions;
        this.invitations = invitations;
        this.passwords = passwords;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
        this.tx = tx;
    }

    @Transactional(readOnly = true)
    public CursorPage<User> list(
            @Nullable Role role,
            @Nullable UserStatus status,
            @Nullable String q,
            @Nullable String cursor,
            @Nullable Integer limit) {
        int size = CursorPage.limit(limit);
        return CursorPage.of(users.list(role, status, q, CursorPage.after(cursor), size), size, u -> u.id().value());
    }

    @Transactional(readOnly = true)
    public List<User> all() {
        return users.list(null, null, null, null, 10_000);
    }

    @Transactional(readOnly = true)
    public User get(UserId id) {
        return users.find(id).orElseThrow(() -> new NotFound("user", id));
    }

    /** Of the given users, those who can be called: a phone on their profile. */
    @Transactional(readOnly = true)
    public Set<UserId> withPhone(Collection<UserId> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return users.withPhone(ids.stream().map(UserId::value).toList()).stream()
                .map(UserId::of)
                .collect(Collectors.toSet());
    }

    @Transactional(readOnly = true)
    public int countActive() {
        return users.countActive();
    }

    @Transactional
    public Invitation invite(InviteUser command, AuthenticatedUser actor) {
        return invite(command, actor, true);
    }

    /**
     * An invitation whose link the caller hands over itself, so no mail is sent: the demo accepts
     * it at once, and a mail inviting someone who already has a password would only mislead.
     */
    @Transactional
    public Invitation inviteWithoutMail(InviteUser command, AuthenticatedUser actor) {
        return invite(command, actor, false);
    }

    private Invitation invite(InviteUser command, AuthenticatedUser actor, boolean mail) {
        if (!actor.role().mayAssign(command.role())) {
            throw new io.switchboard.shared.Forbidden(
                    "role_not_assignable", "your role cannot invite a user with role " + command.role());
        }
        UserId id = UserId.generate();
        String email = Accounts.normalizeEmail(command.email());
        String timezone = command.timezone() == null ? null : zone(command.timezone());
        users.insert(new Users.NewUser(
                id, email, command.name().trim(), null, command.role(), UserStatus.INVITED, timezone));
        events.publishEvent(new UserInvited(TenantContext.require().value(), id, email, command.role(), actor.id()));
        return issueInvitation(get(id), actor, mail);
    }

    /** A fresh invitation link for someone who has not accepted yet (the old link stops working). */
    @Transactional
    public Invitation reinvite(UserId id, AuthenticatedUser actor) {
        User user = get(id);
        if (user.status() != UserStatus.INVITED) {
            throw new Conflict("not_invited", "this user has already accepted an invitation");
        }
        return issueInvitation(user, actor, true);
    }

    @Transactional
    public User update(UserId id, UserChanges changes, AuthenticatedUser actor) {
        User current = get(id);
        var record = users.findRecord(id).orElseThrow();
        if (changes.touchesAccess()) {
            Role newRole =
                    changes.role() == null ? current.role() : changes.role().orElseThrow(() -> required("role"));
            UserStatus newStatus = changes.status() == null
                    ? current.status()
                    : changes.status().orElseThrow(() -> required("status"));
            if (newStatus == UserStatus.INVITED && current.status() != UserStatus.INVITED) {
                throw new InvalidInput("status", "invalid_status", "can only be set to active or deactivated");
            }
            if (newStatus == UserStatus.ACTIVE && current.status() == UserStatus.INVITED) {
                throw new InvalidInput(
                        "status", "invalid_status", "an invited user becomes active by accepting the invitation");
            }
            UserAdministration.checkAccessChange(
                    actor,
                    current,
                    newRole,
                    newStatus,
                    users.countActiveWithRole(Role.ADMIN) - (isActiveAdmin(current) ? 1 : 0));
            record.setRole(newRole.toString());
            record.setStatus(newStatus.toString());
            record.setDeactivatedAt(newStatus == UserStatus.DEACTIVATED ? Users.utc(clock.instant()) : null);
            publishAccessEvents(current, newRole, newStatus, actor);
        }
        applyProfile(record, changes);
        users.update(record);
        return get(id);
    }

    @Transactional
    public void deactivate(UserId id, AuthenticatedUser actor) {
        update(
                id,
                new UserChanges(null, null, java.util.Optional.of(UserStatus.DEACTIVATED), null, null, null, null),
                actor);
    }

    /**
     * The signed-in user's own record. It lives in their home organization, also while a platform
     * super admin acts in another one.
     */
    /** The caller's own profile, in their home organization, in one exchange with the database. */
    public User self(AuthenticatedUser me) {
        return TenantContext.callAs(
                me.homeOrganizationId(), () -> reads.find(me.id()).orElseThrow(() -> new NotFound("user", me.id())));
    }

    /** The signed-in user's own profile: never their role or status. */
    public User updateProfile(AuthenticatedUser self, UserChanges changes) {
        if (changes.touchesAccess()) {
            throw new InvalidInput("role", "not_allowed", "your own role and status are changed by an admin");
        }
        return asSelf(self, () -> {
            var record = users.findRecord(self.id()).orElseThrow(() -> new NotFound("user", self.id()));
            applyProfile(record, changes);
            users.update(record);
            return get(self.id());
        });
    }

    /** Changes the caller's password and ends their other sessions. */
    public void changePassword(AuthenticatedUser self, String currentPassword, String newPassword) {
        self.requireSession();
        asSelf(self, () -> {
            var record = users.findRecord(self.id()).orElseThrow(() -> new NotFound("user", self.id()));
            if (record.getPasswordHash() == null || !passwords.matches(currentPassword, record.getPasswordHash())) {
                throw new InvalidInput("current_password", "wrong_password", "is not your current password");
            }
            PasswordPolicy.check(newPassword, record.getEmail());
            record.setPasswordHash(passwords.encode(newPassword));
            users.update(record);
            sessions.revokeAllOf(self.id(), SessionEndReason.PASSWORD_RESET);
            return null;
        });
    }

    private <T> T asSelf(AuthenticatedUser me, java.util.function.Supplier<T> work) {
        return TenantContext.callAs(me.homeOrganizationId(), () -> tx.execute(status -> work.get()));
    }

    private void applyProfile(io.switchboard.db.tables.records.UsersRecord record, UserChanges changes) {
        Patches.require(changes.name(), "name", name -> record.setName(requireText("name", name, 200)));
        // Cleared, a user follows the organization's zone.
        Patches.apply(changes.timezone(), zone -> record.setTimezone(zone == null ? null : zone(zone)));
        Patches.apply(changes.avatarUrl(), url -> record.setAvatarUrl(url == null ? null : httpUrl(url)));
        Patches.apply(changes.phone(), record::setPhone);
        Patches.require(
                changes.preferences(), "preferences", prefs -> record.setPreferences(users.writePreferences(prefs)));
    }

    private void publishAccessEvents(User current, Role newRole, UserStatus newStatus, AuthenticatedUser actor) {
        var organization = TenantContext.require().value();
        if (newRole != current.role()) {
            events.publishEvent(new UserRoleChanged(organization, current.id(), current.role(), newRole, actor.id()));
        }
        if (newStatus != current.status()) {
            if (newStatus == UserStatus.DEACTIVATED) {
                sessions.revokeAllOf(current.id(), SessionEndReason.USER_DEACTIVATED);
                events.publishEvent(new UserDeactivated(organization, current.id(), actor.id()));
            } else if (newStatus == UserStatus.ACTIVE) {
                events.publishEvent(new UserActivated(organization, current.id()));
            }
        }
    }

    private Invitation issueInvitation(User user, AuthenticatedUser actor, boolean mail) {
        String token = OpaqueTokens.issue(
                Accounts.INVITATION_PREFIX, TenantContext.require().value());
        Instant expires = clock.instant().plus(properties.invitationTtl());
        invitations.create(user.id(), OpaqueTokens.hash(token), actor.id(), expires);
        String url = mails.link("/invitations/" + token);
        if (mail) {
            mails.invitation(user.email(), user.name(), url, properties.invitationTtl());
        }
        return new Invitation(user, token, url, expires);
    }

    private static boolean isActiveAdmin(User user) {
        return user.role() == Role.ADMIN && user.status() == UserStatus.ACTIVE;
    }

    private static InvalidInput required(String field) {
        return new InvalidInput(field, "required", "must not be null");
    }

    private static String requireText(String field, String value, int max) {
        String trimmed = value.trim();
        if (trimmed.isEmpty() || trimmed.length() > max) {
            throw new InvalidInput(field, "invalid_length", "must be 1 to " + max + " characters");
        }
        return trimmed;
    }

    static String zone(String zone) {
        try {
            return ZoneId.of(zone).getId();
        } catch (DateTimeException e) {
            throw new InvalidInput("timezone", "invalid_timezone", "is not an IANA time zone such as America/New_York");
        }
    }

    private static String httpUrl(String url) {
        try {
            URI uri = URI.create(url.trim());
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri.toString();
            }
        } catch (IllegalArgumentException ignored) {
            // fall through
        }
        throw new InvalidInput("avatar_url", "invalid_url", "must be an http(s) URL");
    }
}
