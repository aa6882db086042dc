/**
 * Notification (三级四线, three levels and four lines): when a matter takes a step, the village committee, the township
 * government and the county department along its place, and the petitioner, the person responsible, the person in
 * charge of control and the supervisor are told, per the table in docs/decisions.md. Staff read an inbox; email and
 * text messages go through a transactional outbox and a dispatcher. Reminders not about a matter (a recommendation's
 * feedback due, heard from the recommendation module) reach the inbox only and lead to their own page. Its public API: {@link
 * org.xinfang.notification.VerifiedContacts} (the portal records a phone it verified) and {@link
 * org.xinfang.notification.NotificationSeeding} (the demo city's inboxes).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package org.xinfang.notification;
