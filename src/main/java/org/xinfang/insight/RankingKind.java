package org.xinfang.insight;

/** Whose ranking (排名对象): the governments directly under the area, by place, or its departments, by the matters they hold. */
public enum RankingKind { COUNTIES, DEPARTMENTS }
