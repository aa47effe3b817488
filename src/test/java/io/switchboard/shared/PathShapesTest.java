package io.switchboard.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathShapesTest {

    @Test
    void everyUuidSegmentBecomesOnePlaceholderAndNothingElseChanges() {
        assertThat(PathShapes.shape("/api/v1/leads/0193a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a6b"))
                .isEqualTo("/api/v1/leads/00000000-0000-0000-0000-000000000000");
        assertThat(PathShapes.shape("/api/v1/leads/0193A2B4-5C6D-7E8F-9A0B-1C2D3E4F5A6B/notes/"
                        + "0193a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a6c"))
                .isEqualTo("/api/v1/leads/00000000-0000-0000-0000-000000000000/notes/"
                        + "00000000-0000-0000-0000-000000000000");
        assertThat(PathShapes.shape("/api/v1/leads/count")).isEqualTo("/api/v1/leads/count");
        assertThat(PathShapes.shape("/api/v1/lead-imports")).isEqualTo("/api/v1/lead-imports");
        // not a whole segment, or not a UUID: kept as it is
        assertThat(PathShapes.shape("/api/v1/leads/x0193a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a6b"))
                .isEqualTo("/api/v1/leads/x0193a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a6b");
        assertThat(PathShapes.shape("/api/v1/leads/0193a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a6b.json"))
                .isEqualTo("/api/v1/leads/0193a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a6b.json");
        assertThat(PathShapes.shape("/a/0193a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a6g"))
                .as("36 characters, one not hexadecimal")
                .isEqualTo("/a/0193a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a6g");
        assertThat(PathShapes.shape("/a/0193a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a\u0661\u0662"))
                .as("digits of another script are not hexadecimal")
                .isEqualTo("/a/0193a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a\u0661\u0662");
        assertThat(PathShapes.shape("/0193a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a6b/0193a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a6b"))
                .isEqualTo("/00000000-0000-0000-0000-000000000000/00000000-0000-0000-0000-000000000000");
        assertThat(PathShapes.shape("0193a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a6b"))
                .as("no slash before it")
                .isEqualTo("0193a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a6b");
    }
}
