package org.xinfang.intake;

import org.springframework.data.jpa.repository.JpaRepository;


interface CategoryRepository extends JpaRepository<Category, Long> {
}
