/**
 * Demo data (演示数据): two years of realistic items for the demo city, generated deterministically from a seed
 * and driven through the real statutory transitions, so that every screen and indicator has something true to show.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.xinfang.demo;
