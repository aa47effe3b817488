package io.switchboard.leads.internal;

import io.switchboard.identity.User;
import io.switchboard.identity.UserManagement;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NotFound;
import io.switchboard.shared.UserId;
import org.springframework.stereotype.Component;

/** The organization's users as leads refer to them (owners, assignees, mentions). */
@Component
public class People {

    private final UserManagement users;

    People(UserManagement users) {
        this.users = users;
    }

    /** An active user of this organization, or a problem naming {@code field}. */
    public User active(UserId id, String field) {
        try {
            User user = users.get(id);
            if (!user.isActive()) {
                throw new InvalidInput(field, "inactive_user", "is not an active user");
            }
            return user;
        } catch (NotFound e) {
            throw new InvalidInput(field, "invalid_reference", "is not a user of this organization");
        }
    }
}
