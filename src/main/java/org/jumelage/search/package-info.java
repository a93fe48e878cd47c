/**
 * One search across everything the office knows (ADR 0025). Owns its index: other modules mark their records with
 * {@link org.jumelage.search.SearchTopic}, which publishes {@link org.jumelage.search.RecordsChanged} with every
 * committed change, and describe their records to the index through a {@link org.jumelage.search.SearchSource}. The
 * index follows the events after commit; at query time the search reads only its own index and tables. Publishes
 * {@link org.jumelage.search.SiteSearch} (the public site's search); uses {@code people} (who is asking) and
 * {@code documents} (file types, and the upload limit that bounds what text extraction reads).
 */
@ApplicationModule(displayName = "Search")
package org.jumelage.search;

import org.springframework.modulith.ApplicationModule;
