package org.xinfang.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a request is counted against in the limits (the portal's, the log-in's): the connection's address
 * (behind a proxy, what the proxy reports when {@code server.forward-headers-strategy=native} trusts it), and for
 * IPv6 its /64 network, because one household or phone gets a whole /64 and can pick any address in it.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        return of(request.getRemoteAddr());
    }

    /** The same for an address as the connection reports it. */
    public static String of(String address) {
        if (address == null || !address.contains(":")) {
            return address;
        }
        String[] groups = expand(address).split(":");
        return String.join(":", groups[0], groups[1], groups[2], groups[3]) + "::/64";
    }

    /** The eight groups of an IPv6 address, "::" written out. */
    private static String expand(String address) {
        String a = address.startsWith("[") ? address.substring(1, address.indexOf(']')) : address;
        int zone = a.indexOf('%');
        if (zone >= 0) {
            a = a.substring(0, zone);
        }
        if (!a.contains("::")) {
            return a;
        }
        String[] halves = a.split("::", -1);
        int present = (halves[0].isEmpty() ? 0 : halves[0].split(":").length) + (halves[1].isEmpty() ? 0 : halves[1].split(":").length);
        StringBuilder b = new StringBuilder(halves[0].isEmpty() ? "" : halves[0] + ":");
        for (int i = 0; i < 8 - present; i++) {
            b.append("0:");
        }
        b.append(halves[1]);
        String out = b.toString();
        return out.endsWith(":") ? out.substring(0, out.length() - 1) : out;
    }
}
