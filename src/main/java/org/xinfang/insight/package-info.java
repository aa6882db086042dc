/**
 * Insight (指标分析): the indicators the seed reports and the appraisal rules use, for any unit's subtree and any
 * period, each with the same period a year earlier and the change. It keeps its own facts of the matters
 * ({@code insight_matter_fact}), fed from casework's events through casework's public read ({@code MatterFacts}), and
 * lists every {@link org.xinfang.insight.Indicator} bean, so that a module adds its own indicators by declaring them.
 * Figures only: nothing here names a matter or a person.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Insight")
package org.xinfang.insight;
