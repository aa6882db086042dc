package org.xinfang.platform.web;

/** A signed-in person who chose a language for the application (null: the default, Chinese). */
public interface PreferredLanguage {

    String preferredLanguage();
}
