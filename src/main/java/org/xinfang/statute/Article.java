package org.xinfang.statute;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The article a rule of {@link Statute} implements, machine-readable so that a test can list the rules with their
 * articles and hold each citation against the law's text. A rule citing the 2005 Regulations also cites the 2022
 * article on the same step, even when that article sets no limit, so that the difference is on record.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
@Repeatable(Article.List.class)
public @interface Article {

    Regulation regulation();

    /** The article (条). */
    int number();

    /** The paragraph (款), from 1; 0 for the article as a whole. */
    int paragraph() default 0;

    /** The numbered item (项) of the paragraph, from 1; 0 for none. */
    int item() default 0;

    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.FIELD, ElementType.METHOD})
    @interface List {
        Article[] value();
    }
}
