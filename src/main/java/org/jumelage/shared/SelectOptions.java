package org.jumelage.shared;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * The {@code <option>} elements of a long select (every unit, every city), written once as escaped HTML and kept
 * while their source stays the same: at network size a filter form offers hundreds of choices, and rendering each
 * with three template expressions was most of a list page's time. A page inserts them with
 * {@code th:utext="${options.marking(selected)}"}; every value and label is escaped here.
 */
public final class SelectOptions {

    private static final Map<Object, Kept> KEPT = new ConcurrentHashMap<>();

    private record Kept(Object source, SelectOptions options) {}

    private final String html;

    private SelectOptions(String html) {
        this.html = html;
    }

    /** The options for these items, in their order. */
    public static <T> SelectOptions of(Collection<T> items, Function<T, ?> value, Function<T, String> label) {
        StringBuilder html = new StringBuilder(items.size() * 48);
        for (T item : items) {
            html.append("<option value=\"")
                    .append(HtmlUtils.htmlEscape(String.valueOf(value.apply(item))))
                    .append("\">")
                    .append(HtmlUtils.htmlEscape(label.apply(item)))
                    .append("</option>");
        }
        return new SelectOptions(html.toString());
    }

    /**
     * The options kept under this key as long as they were made from the same source: the very list a service keeps
     * until its data changes, or an equal change count; made anew otherwise.
     */
    public static SelectOptions kept(Object key, Object source, Supplier<SelectOptions> make) {
        Kept kept = KEPT.get(key);
        if (kept != null && (kept.source() == source || kept.source().equals(source))) {
            return kept.options();
        }
        SelectOptions made = make.get();
        KEPT.put(key, new Kept(source, made));
        return made;
    }

    /** The options with the one whose value is {@code selected} marked as selected (none if null or not offered). */
    public String marking(@Nullable Object selected) {
        if (selected == null) {
            return html;
        }
        String start = "<option value=\"" + HtmlUtils.htmlEscape(String.valueOf(selected)) + "\"";
        int at = html.indexOf(start + ">");
        if (at < 0) {
            return html;
        }
        int end = at + start.length();
        return html.substring(0, end) + " selected=\"selected\"" + html.substring(end);
    }

    @Override
    public String toString() {
        return html;
    }
}
