package org.jumelage.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SelectOptionsTests {

    private static final List<Map.Entry<Long, String>> UNITS =
            List.of(Map.entry(1L, "Senat <Kanzlei>"), Map.entry(12L, "Bezirk \"Mitte\" & Co"), Map.entry(2L, "Rat"));

    private static SelectOptions units() {
        return SelectOptions.of(UNITS, Map.Entry::getKey, Map.Entry::getValue);
    }

    @Test
    void valuesAndLabelsAreEscapedInTheirOrder() {
        assertThat(units().toString())
                .isEqualTo("<option value=\"1\">Senat &lt;Kanzlei&gt;</option>"
                        + "<option value=\"12\">Bezirk &quot;Mitte&quot; &amp; Co</option>"
                        + "<option value=\"2\">Rat</option>");
    }

    @Test
    void theChosenValueIsMarkedAndNoOther() {
        assertThat(units().marking(2L))
                .contains("<option value=\"2\" selected=\"selected\">Rat</option>")
                .contains("<option value=\"12\">")
                .containsOnlyOnce("selected=\"selected\"");
        // 1 is a prefix of 12: only the whole value matches.
        assertThat(units().marking(1L))
                .containsOnlyOnce("selected=\"selected\"")
                .contains("<option value=\"1\" selected");
        assertThat(units().marking(null)).doesNotContain("selected");
        assertThat(units().marking(99L)).doesNotContain("selected");
        assertThat(units().marking("\"><script>")).doesNotContain("<script>").doesNotContain("selected");
    }

    @Test
    void keptOptionsAreMadeAgainWhenTheirSourceChanges() {
        List<Map.Entry<Long, String>> source = new ArrayList<>(UNITS);
        int[] made = {0};
        SelectOptions first = SelectOptions.kept("test.units", source, () -> {
            made[0]++;
            return units();
        });
        assertThat(SelectOptions.kept("test.units", source, () -> {
                    made[0]++;
                    return units();
                }))
                .isSameAs(first);
        assertThat(made[0]).isEqualTo(1);

        // Another list, or another change count: made anew.
        SelectOptions.kept("test.units", List.copyOf(UNITS.subList(0, 1)), () -> {
            made[0]++;
            return units();
        });
        SelectOptions.kept("test.units", 7L, () -> {
            made[0]++;
            return units();
        });
        SelectOptions again = SelectOptions.kept("test.units", 7L, () -> {
            made[0]++;
            return units();
        });
        assertThat(made[0]).isEqualTo(3);
        assertThat(again).isNotSameAs(first);
    }
}
