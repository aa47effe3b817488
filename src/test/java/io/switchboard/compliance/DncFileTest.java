package io.switchboard.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.shared.InvalidInput;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DncFileTest {

    static DncFile.Read read(String csv) {
        return DncFile.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "US", 1000);
    }

    @Test
    void everyRowIsAddedOrReportedWithItsLine() {
        var read = read(
                """
                Name,Phone Number,Reason
                Ann,(512) 555-0142,asked on a call
                Bob,,
                Cid,12,
                Dee,+1 512 555 0142,again
                Eve,+44 20 7946 0958,
                """);
        assertThat(read.rows()).isEqualTo(5);
        assertThat(read.candidates())
                .extracting(DncFile.Candidate::phone)
                .containsExactly("+15125550142", "+442079460958");
        assertThat(read.candidates().getFirst().reason()).isEqualTo("asked on a call");
        assertThat(read.candidates().getFirst().line()).isEqualTo(2);
        assertThat(read.problems())
                .extracting(DncImport.Problem::line, DncImport.Problem::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "invalid"),
                        org.assertj.core.groups.Tuple.tuple(4, "invalid"),
                        org.assertj.core.groups.Tuple.tuple(5, "duplicate"));
        assertThat(read.problems().get(2).reason()).contains("line 2");
        assertThat(read.candidates().size() + read.problems().size()).isEqualTo(read.rows());
    }

    @Test
    void aFileWithoutAHeaderLineIsReadFromItsFirstLine() {
        var read = read("5125550142;Do not call\n5125550143;\n");
        assertThat(read.rows()).isEqualTo(2);
        assertThat(read.candidates()).extracting(DncFile.Candidate::line).containsExactly(1, 2);
        assertThat(read.candidates().getFirst().reason()).isEqualTo("Do not call");
    }

    @Test
    void aSingleColumnWithAnyHeaderIsThePhoneColumn() {
        var read = read("Numbers to suppress\r\n(512) 555-0101\r\n\r\n(512) 555-0102\r\n");
        assertThat(read.rows()).isEqualTo(2);
        assertThat(read.candidates())
                .extracting(DncFile.Candidate::phone)
                .containsExactly("+15125550101", "+15125550102");
    }

    @Test
    void quotedLineBreaksKeepTheRightLineNumbers() {
        var read = read("phone,reason\n\"5125550101\",\"two\nlines\"\nnope,\n");
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.value()).isEqualTo("nope");
        });
    }

    @Test
    void aTooLongReasonMakesTheRowInvalid() {
        var read = read("phone,reason\n5125550101," + "x".repeat(501) + "\n");
        assertThat(read.candidates()).isEmpty();
        assertThat(read.problems()).singleElement().satisfies(p -> assertThat(p.reason())
                .contains("500"));
    }

    @Test
    void aFileWithoutAPhoneColumnIsRefusedWhole() {
        assertThatThrownBy(() -> read("name,email\nAnn,ann@example.com\n"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("column named phone");
    }

    @Test
    void tooManyRowsAreRefusedBeforeAnythingIsAdded() {
        StringBuilder csv = new StringBuilder("phone\n");
        for (int i = 0; i < 3; i++) {
            csv.append("51255501").append(10 + i).append('\n');
        }
        assertThatThrownBy(() -> DncFile.read(
                        new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "US", 2))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("more than 2 rows");
    }
}
