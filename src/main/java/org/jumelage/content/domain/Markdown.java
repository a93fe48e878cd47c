package org.jumelage.content.domain;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Limited Markdown: paragraphs, emphasis, lists, quotes, sub-headings (### and ####) and links. Markup typed into the
 * text is shown as text, never interpreted; the HTML is sanitised once more as a second line of defence.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "ul", "ol", "li", "blockquote", "h3", "h4", "strong", "em", "code", "br", "a")
            .allowAttributes("href")
            .onElements("a")
            .allowUrlProtocols("https", "http", "mailto")
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();

    private Markdown() {}

    public static String toSafeHtml(String markdown) {
        return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown == null ? "" : markdown)));
    }
}
