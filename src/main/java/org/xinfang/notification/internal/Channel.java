package org.xinfang.notification.internal;

/** How a message reaches a person besides the inbox, which every staff member has. */
public enum Channel {
    EMAIL, SMS
}
