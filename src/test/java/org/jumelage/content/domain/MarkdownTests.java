package org.jumelage.content.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTests {

    @Test
    void rendersTheLimitedMarkdown() {
        assertThat(Markdown.toSafeHtml("Erster Absatz mit *Betonung* und **Gewicht**.\n\n- eins\n- zwei"))
                .startsWith("<p>Erster Absatz mit <em>Betonung</em> und <strong>Gewicht</strong>.</p>")
                .contains("<ul><li>eins</li><li>zwei</li></ul>");
        assertThat(Markdown.toSafeHtml("### Zwischentitel")).startsWith("<h3>Zwischentitel</h3>");
        assertThat(Markdown.toSafeHtml("[Senat](https://www.berlin.de)"))
                .contains("<a href=\"https://www.berlin.de\"")
                .contains("rel=\"noopener noreferrer\"");
    }

    @Test
    void showsTypedMarkupAsTextAndNeverLetsScriptThrough() {
        String html = Markdown.toSafeHtml("Hallo <script>alert('x')</script> <b onclick=\"x()\">fett</b>");
        assertThat(html).doesNotContain("<script").doesNotContain("<b ").doesNotContain("onclick=\"");
        assertThat(html).contains("&lt;script&gt;");
        assertThat(Markdown.toSafeHtml("[klick](javascript:alert(1))")).doesNotContain("javascript:");
        assertThat(Markdown.toSafeHtml("<img src=x onerror=alert(1)>")).doesNotContain("<img");
    }

    @Test
    void dropsPageLevelHeadingsButKeepsTheirText() {
        assertThat(Markdown.toSafeHtml("# Titel")).doesNotContain("<h1").contains("Titel");
    }
}
