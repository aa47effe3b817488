package io.switchboard.shared;

/**
 * How far a role reaches among one type of record (EspoCRM's access levels): the caller's own, their
 * team's, or all of the organization's.
 */
public enum Reach {
    OWN,
    TEAM,
    ALL;

    public static Reach fromCode(String code) {
        return Codes.parse(Reach.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
