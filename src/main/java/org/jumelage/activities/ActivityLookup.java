package org.jumelage.activities;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import org.jumelage.shared.Localized;

/**
 * Activities by id, for other modules that refer to them (the staff exchange's follow-up projects): what the back
 * office shows of one beside a link to its page. Callers check who may see their own page.
 */
public interface ActivityLookup {

    record ActivityRef(long id, String titleDe, String titleEn, LocalDate startDate) {
        public String title(Locale locale) {
            return Localized.pick(locale, titleDe, titleEn);
        }
    }

    /** The activities of these ids that exist, by id: one query for a page that names several. */
    Map<Long, ActivityRef> activities(Collection<Long> ids);
}
