package org.xinfang.territory;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A bearer token for the API; only its SHA-256 is stored, so a database dump yields no usable token. */
@Entity
@Table(name = "api_token")
class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long staffId;
    private String tokenHash;
    private Instant createdAt;
    private Instant expiresAt;

    protected ApiToken() {
    }

    ApiToken(Long staffId, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.staffId = staffId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    Long staffId() {
        return staffId;
    }

    boolean isValidAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
