package io.switchboard.shared;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.switchboard.WrittenCode;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeCsvTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=HYPERLINK(\"http://evil.example\",\"click\")",
                "+15125550107",
                "-2+3+cmd|' /C calc'!A0",
                "@SUM(1,1)",
                "\t=1+1",
                "\r=1+1",
                "'=already quoted",
                "''+1"
            })
    void cellsASpreadsheetCouldRunGetALeadingQuote(String cell) {
        assertThat(SafeCsv.neutralize(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Dana Whitfield", "dana@example.com", "O'Brien", "'", "''", "'quoted text", " =1", "5"})
    void otherCellsAreLeftAlone(String cell) {
        assertThat(SafeCsv.neutralize(cell)).isEqualTo(cell);
        assertThat(SafeCsv.restore(cell)).isEqualTo(cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1555", "-5", "@x", "\tx", "\rx", "'=x", "''@x", "'", "'x", "x", ""})
    void restoreUndoesNeutralizeExactly(String cell) {
        assertThat(SafeCsv.restore(SafeCsv.neutralize(cell))).isEqualTo(cell);
    }

    @Test
    void writesNeutralizedRowsAndQuotesOtherDelimiters() {
        StringWriter out = new StringWriter();
        SafeCsv.to(out)
                .row(List.of("name", "phone", "note"))
                .row(List.of("=cmd", "+15125550107", "a;=b"))
                .row(List.of("Smith, Jo", "x|y", "tab\there"))
                .flush();
        assertThat(out.toString())
                .isEqualTo("name,phone,note\r\n"
                        + "'=cmd,'+15125550107,\"a;=b\"\r\n"
                        + "\"Smith, Jo\",\"x|y\",\"tab\there\"\r\n");
    }

    /** Any other CSV writer would hand out cells unneutralized. */
    @Test
    void everyCsvLeavesThroughSafeCsv() {
        noClasses()
                .that()
                .doNotBelongToAnyOf(SafeCsv.class)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("de.siegmar.fastcsv.writer..")
                .check(new ClassFileImporter()
                        .withImportOptions(List.of(WrittenCode.ONLY))
                        .importPackages("io.switchboard"));
    }
}
