package org.jumelage.exchange.domain;

import java.util.Locale;
import org.jumelage.shared.Localized;

/**
 * A call as lists of calls name it (the placements' filter and form, a placement's call): its title without the call's
 * collections, read with one query and kept until a call changes ({@link CallService#titles()}).
 *
 * @param erased whether the call's personal data is erased (a closed chapter: no new placements)
 */
public record CallTitle(long id, long programmeId, String titleDe, String titleEn, boolean erased) {

    public String title(Locale locale) {
        return Localized.pick(locale, titleDe, titleEn);
    }
}
