/**
 * Statistics (信访统计): figures about the matters, never the matters themselves. Today the public statistics
 * (monthly volumes, on-time opinions and satisfaction by county), cached until casework's events say a matter
 * changed; the insight module's indicators grow from here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistics")
package org.xinfang.statistics;
