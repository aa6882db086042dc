/**
 * Intelligence (智能辅助): what the product learns from the texts of matters and citizens' messages. The staff's
 * full-text search, the trained category suggestion and the responsible unit suggested from history, similar and repeat
 * matters, hot-spot topics (热点) and early warning (预警) of rising disputes. Casework asks for advice through its
 * {@link org.xinfang.casework.ScreeningAdvice}, which this module implements; docs/intelligence.md has the methods and
 * the measured figures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intelligence")
package org.xinfang.intelligence;
