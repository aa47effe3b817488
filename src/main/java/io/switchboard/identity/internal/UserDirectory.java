package io.switchboard.identity.internal;

import io.switchboard.identity.UserStatus;
import io.switchboard.tenancy.PeopleDirectory;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class UserDirectory implements PeopleDirectory {

    private final Users users;

    UserDirectory(Users users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Person> people() {
        return users.list(null, null, null, null, 10_000).stream()
                .map(u -> new Person(
                        u.id().value(), u.name(), u.email(), u.role().toString(), u.status() == UserStatus.ACTIVE))
                .toList();
    }
}
