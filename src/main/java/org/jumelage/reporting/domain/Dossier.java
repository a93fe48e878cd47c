package org.jumelage.reporting.domain;

import java.util.List;

/**
 * The answer to a parliamentary question about one partner city and a period, as text ready to write: sections of
 * headed blocks, the same for the DOCX, the PDF and (its tables' figures) the XLSX. German: the office answers
 * parliament in German.
 *
 * @param title the document's title
 * @param subtitle when it was made and from what
 * @param sections the sections in order
 * @param fileName the name the downloads are given, without extension
 */
public record Dossier(String title, String subtitle, List<Section> sections, String fileName) {

    public Dossier {
        sections = List.copyOf(sections);
    }

    /** A part with a heading (level 2 below the title, 3 below a level-2 heading) and what it says. */
    public record Section(int level, String heading, List<Block> blocks) {
        public Section {
            blocks = List.copyOf(blocks);
        }
    }

    /** Something a section says. */
    public sealed interface Block permits Paragraph, Facts, Table {}

    /** Running text; {@code label}, where given, is set before it in bold. */
    public record Paragraph(String label, String text) implements Block {}

    /** Labelled values, one per line. */
    public record Facts(List<Fact> facts) implements Block {
        public Facts {
            facts = List.copyOf(facts);
        }
    }

    public record Fact(String label, String value) {}

    /**
     * A table with a caption and column names. {@code figures} says whether its cells are the dossier's figures, which
     * the XLSX download holds.
     */
    public record Table(String caption, List<String> header, List<List<String>> rows, boolean figures)
            implements Block {
        public Table {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
        }
    }

    /** Every table that holds figures, in order: what the XLSX download holds. */
    public List<Table> figureTables() {
        return sections.stream()
                .flatMap(section -> section.blocks().stream())
                .filter(block -> block instanceof Table table && table.figures())
                .map(Table.class::cast)
                .toList();
    }
}
