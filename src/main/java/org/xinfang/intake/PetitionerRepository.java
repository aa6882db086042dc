package org.xinfang.intake;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface PetitionerRepository extends JpaRepository<Petitioner, Long> {

    @Query("select p from Petitioner p where p.idNumber = ?1")
    Optional<Petitioner> findByIdNumber(String idNumber);

    @Query("select p from Petitioner p where p.phone = ?1 order by p.id")
    List<Petitioner> findByPhone(String phone);

    @Query("select p from Petitioner p where p.phone = ?2 and p.name = ?1 and p.idNumber is null order by p.id")
    List<Petitioner> findUnidentified(String name, String phone);
}
