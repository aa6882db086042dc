/**
 * Coordination (督查督办): the bodies above following up the matters held below them. Today the supervision board
 * (the late matters of a subtree, by the unit holding them, with a one-click supervision notice); the next issues
 * add joint handling and the follow-up of supervision notices. It reads and acts on matters only through casework's
 * public API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Coordination")
package org.xinfang.coordination;
