package org.jumelage.search;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the search topic of an entity whose writes the index follows: the entity also names {@link SearchFeed} as its
 * listener ({@code @EntityListeners(SearchFeed.class)}), and the module offers a {@link SearchSource} for the topic.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
public @interface SearchTopic {

    /** The topic: {@code relationship}, {@code activity}, … (one {@link SearchSource} answers for it). */
    String value();
}
