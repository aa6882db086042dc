/**
 * The desk (工作首页): where a member of staff lands after signing in. It shows, for each role the person holds, the
 * lists they work through first (today's registrations and what is due for a registrar; what waits for sign-for,
 * handling and sign-off for a handler; approvals and package cases for a leader), each a count, the first rows and a
 * link to the same list in the worklist; the indicators for an analyst; the administrator's screens. It owns no data:
 * it reads casework, statistics and territory through their public APIs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Desk")
package org.xinfang.desk;
