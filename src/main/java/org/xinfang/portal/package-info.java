/**
 * The public portal (网上信访): citizens petition online with a verified phone, track their matter with its query
 * code, add material, rate the opinion and ask for review; everyone sees the "four public" disclosures and the
 * public statistics. No staff log-in; every entry point is rate-limited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public portal")
package org.xinfang.portal;
