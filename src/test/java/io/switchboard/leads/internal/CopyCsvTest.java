package io.switchboard.leads.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CopyCsvTest {

    @Test
    void quotesEverythingAndLeavesNullsUnquoted() {
        CopyCsv csv = new CopyCsv();
        csv.value(1).value(null).value("say \"hi\", ok").value("").array(List.of("a,b", "c\"d", "e\\f", "x\0y"));
        assertThat(csv.end())
                .isEqualTo(
                        "\"1\",,\"say \"\"hi\"\", ok\",\"\",\"{\"\"a,b\"\",\"\"c\\\"\"d\"\",\"\"e\\\\f\"\",\"\"xy\"\"}\"\n");
    }
}
