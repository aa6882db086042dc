package org.xinfang.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a visitor has proved in this browser session: a verified phone (for half an hour), and the matters they
 * found with code and digits or submitted. Nothing else identifies them; closing the session forgets it all.
 */
final class PortalSession {

    static final Duration VERIFIED_FOR = Duration.ofMinutes(30);
    private static final String PHONE = "portal.phone";
    private static final String PHONE_AT = "portal.phone.at";
    private static final String MATTERS = "portal.matters";
    private static final String RECEIPT = "portal.receipt";
    private static final String NEXT = "portal.next";

    private PortalSession() {
    }

    /** Each proof gets a fresh session id, so that an id planted in the browser before it is worth nothing. */
    static void phoneVerified(HttpServletRequest request, String phone, Clock clock) {
        request.changeSessionId();
        HttpSession session = request.getSession();
        session.setAttribute(PHONE, phone);
        session.setAttribute(PHONE_AT, clock.instant());
    }

    /**
     * The phone verified in this session, if the visitor was active recently enough. Every use renews it (typing
     * the petition asks for category hints), so someone writing a long petition is not sent back to verify.
     */
    static String verifiedPhone(HttpSession session, Clock clock) {
        Object at = session.getAttribute(PHONE_AT);
        if (at instanceof Instant when && when.plus(VERIFIED_FOR).isAfter(clock.instant())) {
            session.setAttribute(PHONE_AT, clock.instant());
            return (String) session.getAttribute(PHONE);
        }
        return null;
    }

    /** The page a visitor sent to verify their phone goes back to once verified: petitioning unless another page sent them. */
    static void continueAfterVerification(HttpSession session, String path) {
        session.setAttribute(NEXT, path);
    }

    static String afterVerification(HttpSession session) {
        Object next = session.getAttribute(NEXT);
        session.removeAttribute(NEXT);
        return next instanceof String path ? path : "/portal/petition";
    }

    static void grant(HttpServletRequest request, Long matterId) {
        request.changeSessionId();
        HttpSession session = request.getSession();
        Set<Long> matters = matters(session);
        matters.add(matterId);
        session.setAttribute(MATTERS, matters);
    }

    static boolean mayOpen(HttpSession session, Long matterId) {
        return matters(session).contains(matterId);
    }

    static void receipt(HttpServletRequest request, Long matterId, boolean folded) {
        grant(request, matterId);
        request.getSession().setAttribute(RECEIPT, new Receipt(matterId, folded));
    }

    static Receipt receipt(HttpSession session) {
        return (Receipt) session.getAttribute(RECEIPT);
    }

    record Receipt(Long matterId, boolean folded) implements java.io.Serializable {
    }

    @SuppressWarnings("unchecked")
    private static Set<Long> matters(HttpSession session) {
        Object m = session.getAttribute(MATTERS);
        return m instanceof Set<?> s ? new LinkedHashSet<>((Set<Long>) s) : new LinkedHashSet<>();
    }
}
