/**
 * Casework (办理): the matter (信访事项) and its statutory lifecycle: registration, routing, acceptance,
 * handling, the written opinion, the petitioner's evaluation, closing, review, re-review and finality,
 * each step on the statutory clock and recorded on the matter's timeline.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Casework")
package org.xinfang.casework;
