package org.jumelage.search;

import java.util.Locale;

/** The search of the public site: public documents only, for everyone. */
public interface SiteSearch {

    SearchResults searchPublic(SearchQuery query, Locale locale);
}
