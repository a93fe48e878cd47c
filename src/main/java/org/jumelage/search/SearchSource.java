package org.jumelage.search;

import java.util.Collection;
import java.util.List;

/**
 * What a module tells the index about the records of one {@link SearchTopic}: called after a change has committed
 * (with the changed ids) and when the index is rebuilt (with all ids, page by page). The module reads its own tables
 * and decides who may see what; the search never asks it at query time.
 */
public interface SearchSource {

    /** The topic this source answers for. */
    String topic();

    /**
     * The documents of these records as they are now. A record that no longer exists, or that is not to be found,
     * has none; the index then forgets it.
     */
    List<SearchDocument> documents(Collection<Long> ids);

    /** The ids of the topic's records above {@code after}, ascending, at most {@code limit}: to rebuild the index. */
    List<Long> ids(long after, int limit);
}
