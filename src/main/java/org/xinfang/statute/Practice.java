package org.xinfang.statute;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A rule of {@link Statute} that no article of either Regulations sets: whose practice it is. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface Practice {

    /** Whose practice, in a few words, e.g. "the national bureau's statistics". */
    String value();
}
