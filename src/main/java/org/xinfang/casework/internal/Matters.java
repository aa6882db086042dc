package org.xinfang.casework.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Matters extends JpaRepository<Matter, Long> {

    java.util.Optional<Matter> findByQueryCode(String queryCode);

    java.util.Optional<Matter> findByReferenceNo(String referenceNo);
}
