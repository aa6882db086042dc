/**
 * Intake (受理登记的基础): channels, petitioners and their identity numbers, the category tree, and the
 * routing rules that suggest the unit in charge of a matter.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake")
package org.xinfang.intake;
