/**
 * The three recommendations (三项建议, 2022 art. 40): the petition bureau's recommendations to improve work, improve
 * policy or hold someone accountable, the matters that prompted them (through casework's public API), and the written
 * feedback the body recommended to owes (art. 40 ¶4), with its due date, overdue status and reminders (the daily job
 * publishes {@link org.xinfang.recommendation.RecommendationFeedbackDue}), and the letter (建议书) as PDF.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Recommendations")
package org.xinfang.recommendation;
