package org.xinfang.territory;

import org.xinfang.platform.Refusal;

/** What every administrator's change checks first. */
final class AdminChecks {

    private AdminChecks() {
    }

    static void requireAdministrator(StaffPrincipal who) {
        if (who == null || !who.has(StaffRole.ADMIN)) {
            throw Refusal.forbidden("admin.only");
        }
    }

    /** The form was filled in on an older version of the record: someone changed it since; nothing is saved. */
    static void requireVersion(long seen, long current) {
        if (seen != current) {
            throw Refusal.conflict("admin.stale", seen, current);
        }
    }

    static String required(String value, String field, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw Refusal.invalid(field, "admin.required." + field);
        }
        if (v.length() > max) {
            throw Refusal.invalid(field, "admin.too-long", max);
        }
        return v;
    }

    static String optional(String value, String field, int max) {
        String v = value == null ? "" : value.strip();
        return v.isEmpty() ? null : required(v, field, max);
    }
}
