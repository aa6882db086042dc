package org.xinfang.portal;

import org.springframework.stereotype.Service;
import org.xinfang.casework.PetitionerAccess;
import org.xinfang.casework.QueryCode;
import org.xinfang.platform.RateLimits;
import org.xinfang.platform.Refusal;

import java.util.Objects;
import java.util.Optional;

/**
 * Finding one's matter by query code and the last four digits of one's phone. A wrong code and wrong digits get
 * the same answer, and failures are counted per address and per code: codes cannot be guessed (80 bits), and the
 * digits of a known code cannot be tried out (a few tries a day).
 */
@Service
class Tracking {

    static final int PHONE_DIGITS = 4;

    private final PetitionerAccess access;
    private final OnlinePetitions online;
    private final RateLimits rateLimits;
    private final PortalLimits limits;

    Tracking(PetitionerAccess access, OnlinePetitions online, RateLimits rateLimits,
             PortalLimits limits) {
        this.access = access;
        this.online = online;
        this.rateLimits = rateLimits;
        this.limits = limits;
    }

    /**
     * The matter's id, when the code and the digits belong together. Every attempt is counted before the look-up
     * (so parallel guesses are counted too) and given back when it succeeds: only failures use up the limits.
     */
    Long find(String typedCode, String phoneDigits, String address) {
        Optional<String> code = QueryCode.normalize(typedCode);
        rateLimits.hit(limits.lookupFailuresPerAddressLimit(), address, "portal.limit.lookups");
        if (code.isPresent()) {
            try {
                rateLimits.hit(limits.lookupFailuresPerCodeLimit(), code.get(), "portal.limit.lookups");
            } catch (Refusal tooMany) {
                rateLimits.giveBack(limits.lookupFailuresPerAddressLimit(), address);
                throw tooMany;
            }
        }
        String digits = phoneDigits == null ? "" : phoneDigits.strip();
        Optional<Long> matter = code.flatMap(access::byQueryCode)
                .filter(id -> digits.length() == PHONE_DIGITS && phoneTails(id).anyMatch(digits::equals));
        if (matter.isEmpty()) {
            throw Refusal.notFound("portal.track.not-found");
        }
        rateLimits.giveBack(limits.lookupFailuresPerAddressLimit(), address);
        rateLimits.giveBack(limits.lookupFailuresPerCodeLimit(), code.get());
        return matter.get();
    }

    /** The phones the matter can be found with: the petitioner's given on it, and the one verified online. */
    private java.util.stream.Stream<String> phoneTails(Long matterId) {
        String given = access.givenPhone(matterId).orElse(null);
        return java.util.stream.Stream.of(tail(given), online.verifiedPhoneTail(matterId).orElse(null)).filter(Objects::nonNull);
    }

    private static String tail(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        return digits.length() < PHONE_DIGITS ? null : digits.substring(digits.length() - PHONE_DIGITS);
    }
}
