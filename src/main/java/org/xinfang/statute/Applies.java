package org.xinfang.statute;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A method of {@link Statute} that applies one of its constants, and so cites that constant's articles (or
 * practice) without repeating them; its own {@link Article}s, if any, add to them.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Applies {

    /** The name of the constant in {@link Statute}. */
    String value();
}
