package org.jumelage.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the row of table {@code change_counter} that every write of this entity raises (see {@link ChangeCounter},
 * which the entity names as its listener: {@code @EntityListeners(ChangeCounter.class)}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
public @interface ChangeTopic {

    /** The topic, a row of {@code change_counter} (created by a migration): {@code registry}, {@code activities}. */
    String value();
}
