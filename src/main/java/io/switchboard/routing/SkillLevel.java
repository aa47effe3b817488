package io.switchboard.routing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** An agent's skill, or a work's need of one: at least {@code level} (1 to 5). */
public record SkillLevel(
        @NotNull @Pattern(regexp = SkillLevel.NAME, message = "must be 1 to 40 of a-z, 0-9, _ and -, such as spanish")
                String skill,
        @NotNull @Min(1) @Max(5) Integer level) {

    public static final String NAME = "^[a-z0-9][a-z0-9_-]{0,39}$";
}
