package org.xinfang.territory;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface ApiTokens extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);
}
