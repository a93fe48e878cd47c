package org.jumelage.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTests {

    @Test
    void quotesOnlyWhereRfc4180RequiresIt() {
        assertThat(Csv.line(List.of("Paris", "a,b", "say \"hi\"", "two\nlines")))
                .isEqualTo("Paris,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n");
        assertThat(Csv.line(java.util.Arrays.asList("x", null))).isEqualTo("x,\r\n");
    }

    @Test
    void readsWhatItWrites() {
        String text = Csv.line(List.of("Brüssel", "a,b", "\"q\"")) + Csv.line(List.of("2", "", "z"));
        assertThat(Csv.parse(text)).containsExactly(List.of("Brüssel", "a,b", "\"q\""), List.of("2", "", "z"));
    }

    @Test
    void neutralisesTextThatASpreadsheetWouldRunAsAFormula() {
        assertThat(Csv.text("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(Csv.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.text("-2+3")).isEqualTo("'-2+3");
        assertThat(Csv.text("Paris")).isEqualTo("Paris");
        assertThat(Csv.text(null)).isNull();
    }
}
