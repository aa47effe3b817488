package io.switchboard.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.shared.Conflict;
import io.switchboard.shared.Forbidden;
import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UserAdministrationTest {

    static final OrganizationId ORG = OrganizationId.generate();

    static AuthenticatedUser actor(Role role) {
        return new AuthenticatedUser(
                UserId.generate(), ORG, ORG, "a@x.io", "A", role, role.permissions(), UUID.randomUUID());
    }

    static User user(Role role, UserStatus status) {
        return new User(
                UserId.generate(),
                ORG,
                "u@x.io",
                "U",
                role,
                status,
                "UTC",
                Map.of(),
                null,
                null,
                null,
                null,
                Instant.EPOCH,
                Instant.EPOCH,
                null);
    }

    @Test
    void adminsManageOtherUsersWithinTheirOwnRank() {
        assertThatCode(() -> UserAdministration.checkAccessChange(
                        actor(Role.ADMIN), user(Role.AGENT, UserStatus.ACTIVE), Role.SUPERVISOR, UserStatus.ACTIVE, 1))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> UserAdministration.checkAccessChange(
                        actor(Role.ADMIN), user(Role.AGENT, UserStatus.ACTIVE), Role.SUPER_ADMIN, UserStatus.ACTIVE, 1))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> UserAdministration.checkAccessChange(
                        actor(Role.ADMIN), user(Role.SUPER_ADMIN, UserStatus.ACTIVE), Role.AGENT, UserStatus.ACTIVE, 1))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void nobodyChangesTheirOwnAccess() {
        AuthenticatedUser admin = actor(Role.ADMIN);
        User self = new User(
                admin.id(),
                ORG,
                "a@x.io",
                "A",
                Role.ADMIN,
                UserStatus.ACTIVE,
                "UTC",
                Map.of(),
                null,
                null,
                null,
                null,
                Instant.EPOCH,
                Instant.EPOCH,
                null);
        assertThatThrownBy(() -> UserAdministration.checkAccessChange(admin, self, Role.AGENT, UserStatus.ACTIVE, 3))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void theLastActiveAdminStays() {
        assertThatThrownBy(() -> UserAdministration.checkAccessChange(
                        actor(Role.SUPER_ADMIN),
                        user(Role.ADMIN, UserStatus.ACTIVE),
                        Role.ADMIN,
                        UserStatus.DEACTIVATED,
                        0))
                .isInstanceOf(Conflict.class);
        assertThatCode(() -> UserAdministration.checkAccessChange(
                        actor(Role.SUPER_ADMIN),
                        user(Role.ADMIN, UserStatus.ACTIVE),
                        Role.MANAGER,
                        UserStatus.ACTIVE,
                        1))
                .doesNotThrowAnyException();
    }

    @Test
    void rolesGrantNestedPermissions() {
        org.assertj.core.api.Assertions.assertThat(Role.AGENT.grants(Permission.USERS_WRITE))
                .isFalse();
        org.assertj.core.api.Assertions.assertThat(Role.ADMIN.mayAssign(Role.MANAGER))
                .isTrue();
        org.assertj.core.api.Assertions.assertThat(Role.MANAGER.mayAssign(Role.ADMIN))
                .isFalse();
        org.assertj.core.api.Assertions.assertThat(Role.SUPER_ADMIN.grants(Permission.PLATFORM_ADMIN))
                .isTrue();
        org.assertj.core.api.Assertions.assertThat(Role.ADMIN.grants(Permission.PLATFORM_ADMIN))
                .isFalse();
    }
}
