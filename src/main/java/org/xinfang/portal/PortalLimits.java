package org.xinfang.portal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.xinfang.platform.RateLimits.Limit;

import java.time.Duration;

/**
 * How much one address or one phone may do on the portal ({@code xinfang.portal.limits.*}). The defaults let a
 * family share a phone and an office share an address, and stop scripts.
 *
 * @param codesPerPhone     verification codes sent to one phone per hour
 * @param codesPerAddress   verification codes requested from one address per hour
 * @param codeAttempts      wrong codes before a code is void
 * @param verificationsPerPhone   codes typed for one phone per hour
 * @param verificationsPerAddress codes typed from one address per hour
 * @param supplementsPerMatter    supplements to one matter per day
 * @param submitsPerPhone   petitions submitted with one phone per day
 * @param submitsPerAddress petitions submitted from one address per day
 * @param lookupFailuresPerAddress failed look-ups from one address per 15 minutes, then look-ups are refused
 * @param lookupFailuresPerCode    failed look-ups of one query code (wrong phone digits) per day
 * @param foldWindow        a second identical petition within this time is folded into the first
 */
@ConfigurationProperties("xinfang.portal.limits")
record PortalLimits(@DefaultValue("5") int codesPerPhone, @DefaultValue("20") int codesPerAddress,
                    @DefaultValue("5") int codeAttempts, @DefaultValue("10") int verificationsPerPhone,
                    @DefaultValue("30") int verificationsPerAddress, @DefaultValue("10") int supplementsPerMatter,
                    @DefaultValue("10") int submitsPerPhone,
                    @DefaultValue("30") int submitsPerAddress, @DefaultValue("10") int lookupFailuresPerAddress,
                    @DefaultValue("5") int lookupFailuresPerCode, @DefaultValue("10m") Duration foldWindow) {

    Limit codesPerPhoneLimit() {
        return new Limit("sms-phone", codesPerPhone, Duration.ofHours(1));
    }

    Limit codesPerAddressLimit() {
        return new Limit("sms-address", codesPerAddress, Duration.ofHours(1));
    }

    Limit verificationsPerPhoneLimit() {
        return new Limit("verify-phone", verificationsPerPhone, Duration.ofHours(1));
    }

    Limit verificationsPerAddressLimit() {
        return new Limit("verify-address", verificationsPerAddress, Duration.ofHours(1));
    }

    Limit supplementsPerMatterLimit() {
        return new Limit("supplement-matter", supplementsPerMatter, Duration.ofDays(1));
    }

    Limit submitsPerPhoneLimit() {
        return new Limit("submit-phone", submitsPerPhone, Duration.ofDays(1));
    }

    Limit submitsPerAddressLimit() {
        return new Limit("submit-address", submitsPerAddress, Duration.ofDays(1));
    }

    Limit lookupFailuresPerAddressLimit() {
        return new Limit("lookup-address", lookupFailuresPerAddress, Duration.ofMinutes(15));
    }

    Limit lookupFailuresPerCodeLimit() {
        return new Limit("lookup-code", lookupFailuresPerCode, Duration.ofDays(1));
    }
}
