package org.jumelage.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The shared pieces the reports draw and write with: world regions, bar charts, workbooks of several tables. */
class ReportWritersTests {

    @Test
    void countriesLieInTheirUnM49Regions() {
        assertThat(Countries.region("PL")).isEqualTo("151");
        assertThat(Countries.region("FR")).isEqualTo("155");
        assertThat(Countries.region("US")).isEqualTo("021");
        assertThat(Countries.regionName("151", Locale.GERMAN)).isEqualTo("Osteuropa");
        assertThat(Countries.regionName("151", Locale.ENGLISH)).isEqualTo("Eastern Europe");
        assertThat(Countries.region("XX")).isNull();
        assertThat(Countries.region(null)).isNull();
    }

    @Test
    void barsAreAsLongAsTheirShareOfTheLargestAndOnlyTheFirstAreDrawn() {
        BarChart chart = BarChart.of(
                "Aktivitäten",
                List.of(
                        new BarChart.Value("Warschau", 40),
                        new BarChart.Value("Ein sehr langer Name einer Partnerstadt", 10),
                        new BarChart.Value("Paris", 0),
                        new BarChart.Value("Prag", 1)),
                3);
        assertThat(chart.bars())
                .extracting(BarChart.Bar::length)
                .containsExactly(BarChart.LENGTH, BarChart.LENGTH / 4, 0);
        assertThat(chart.bars()).extracting(BarChart.Bar::value).containsExactly("40", "10", "0");
        assertThat(chart.bars().get(1).label())
                .hasSize(BarChart.LABEL_CHARACTERS)
                .endsWith("…");
        assertThat(chart.bars().get(1).y() - chart.bars().get(0).y()).isEqualTo(BarChart.BAR + BarChart.GAP);
        assertThat(chart.height()).isEqualTo(BarChart.GAP + 3 * (BarChart.BAR + BarChart.GAP));
        assertThat(BarChart.of("leer", List.of(), 15).bars()).isEmpty();
    }

    @Test
    void aWorkbookHoldsEveryTableOnASheetOfItsOwnUnderANameExcelAccepts() throws Exception {
        byte[] xlsx = Spreadsheet.xlsx(List.of(
                new Spreadsheet("Aktivitäten nach Jahr", List.of("Jahr", "Anzahl"), List.of(List.of("2021", "3"))),
                new Spreadsheet("Aktivitäten nach Jahr", List.of("Jahr"), List.of()),
                new Spreadsheet("Teilnehmende: nach Jahr/Richtung [alle] und noch mehr", List.of("Jahr"), List.of())));
        List<String> names = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("2021");
        }
        assertThat(names)
                .containsExactly("Aktivitäten nach Jahr", "Aktivitäten nach Jahr 2", "Teilnehmende  nach Jahr Richtun");
        assertThat(names).allSatisfy(name -> assertThat(name).hasSizeLessThanOrEqualTo(31));
    }
}
