package io.switchboard.tenancy;

import java.util.List;
import java.util.UUID;

/**
 * The organization's people as teams need them (names for managers and members). Provided by the
 * identity module, which owns users; tenancy only declares what it needs.
 */
public interface PeopleDirectory {

    List<Person> people();

    record Person(UUID id, String name, String email, String role, boolean active) {}
}
