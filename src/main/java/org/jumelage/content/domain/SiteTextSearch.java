package org.jumelage.content.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jumelage.content.TextKey;
import org.jumelage.search.SearchDocument;
import org.jumelage.search.SearchSource;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The public site's editable texts in the public search (ADR 0025): one document per text, with what the public reads
 * in each language (the published version, or the text the page shows until one is published), leading to the page
 * that shows it. Drafts are never found. A text's record id is its key's position, from 1 ({@link
 * TextVersion#searchRecordId}).
 */
@Component
class SiteTextSearch implements SearchSource {

    private final TextVersionRepository versions;
    private final MessageSource messages;

    SiteTextSearch(TextVersionRepository versions, MessageSource messages) {
        this.versions = versions;
        this.messages = messages;
    }

    @Override
    public String topic() {
        return "site-text";
    }

    @Override
    public List<SearchDocument> documents(Collection<Long> ids) {
        List<SearchDocument> found = new ArrayList<>();
        for (Long id : ids) {
            if (id < 1 || id > TextKey.values().length) {
                continue;
            }
            TextKey key = TextKey.values()[(int) (id - 1)];
            found.add(SearchDocument.published("site-text", id, key.pathDe(), key.pathEn())
                    .title(title(key, Locale.GERMAN), title(key, Locale.ENGLISH))
                    .text(shown(key, Locale.GERMAN), shown(key, Locale.ENGLISH))
                    .build());
        }
        return found;
    }

    /** What the page shows in the language: the published version, else the text it shows until then. */
    private String shown(TextKey key, Locale locale) {
        return versions.findFirstByKeyAndLocaleAndState(key, locale.getLanguage(), TextVersion.State.PUBLISHED)
                .map(TextVersion::getMarkdown)
                .orElseGet(() -> messages.getMessage(key.fallbackMessage(), null, "", locale));
    }

    private String title(TextKey key, Locale locale) {
        return messages.getMessage("search.siteText." + key.name(), null, locale);
    }

    @Override
    public List<Long> ids(long after, int limit) {
        return Arrays.stream(TextKey.values())
                .map(key -> key.ordinal() + 1L)
                .filter(id -> id > after)
                .limit(limit)
                .toList();
    }
}
