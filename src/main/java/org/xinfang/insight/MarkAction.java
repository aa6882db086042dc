package org.xinfang.insight;

/** What was done to a demand's unreasonable mark (不合理诉求标记): marked, or the mark withdrawn. */
public enum MarkAction { MARKED, WITHDRAWN }
