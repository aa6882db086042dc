/**
 * casework's inside: the timeline's entity and its one writer, the repositories, the entity converters. Public
 * for the rest of casework; Spring Modulith keeps every other module out (a sub-package is internal unless a
 * {@code @NamedInterface} exposes it), which {@code ModularityTest} checks.
 */
package org.xinfang.casework.internal;
