package io.switchboard.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseProblemsTest {

    @Test
    void namesTheMeaningfulColumnOfAKey() {
        assertThat(DatabaseProblems.keyField(
                        "Key (organization_id, manager_id)=(a, b) is not present in table \"users\"."))
                .isEqualTo("manager_id");
        assertThat(DatabaseProblems.keyField("Key (organization_id, lower(name))=(a, sales) already exists."))
                .isEqualTo("name");
        assertThat(DatabaseProblems.keyField("Key (email)=(x@y.z) already exists."))
                .isEqualTo("email");
        assertThat(DatabaseProblems.keyField("something else")).isEmpty();
    }

    @Test
    void namesTheFieldFromTheConstraintWhenValuesAreHidden() {
        assertThat(DatabaseProblems.constraintField("teams_organization_id_manager_id_fkey", "teams", null))
                .isEqualTo("manager_id");
        assertThat(DatabaseProblems.constraintField("users_email_key", "users", null))
                .isEqualTo("email");
        assertThat(DatabaseProblems.constraintField("teams_name_key", "teams", null))
                .isEqualTo("name");
        assertThat(DatabaseProblems.constraintField("odd", "teams", "Key (organization_id, x)=(1, 2) already exists."))
                .isEqualTo("x");
    }

    @Test
    void snakeCasesJavaPropertyPaths() {
        assertThat(ProblemHandling.snakeCase("organizationName")).isEqualTo("organization_name");
        assertThat(ProblemHandling.snakeCase("budget.amountMinor")).isEqualTo("budget.amount_minor");
    }
}
