/**
 * Review and re-review (复查、复核; 2022 arts 35–36): the committee of the body above the handling unit that reviews
 * its opinion (members of that body, their views, an optional hearing on re-review, the committee's opinion given to
 * the matter through casework's commands, which issue the statutory letters), the publication of a re-review opinion
 * given after a hearing, and the support of final matters (art. 37 ¶3). It reaches matters only through casework's
 * public API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Review")
package org.xinfang.review;
