/**
 * What the administrator's screens share across modules: the audit of every change, the store of the calendar's
 * changes, and the rule that a password set by an administrator is changed at the next sign-in.
 */
package org.xinfang.platform.admin;
