package org.xinfang.casework;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reference numbers (登记编号) {@code XF<government code>-<year>-<n>}: each office keeps one register per year of
 * receipt, numbered 1, 2, 3 … without gaps. A number is taken from the office's counter row in the registering
 * transaction, so a refused or rolled-back registration gives it back; the row stays locked until that
 * transaction ends, which is what makes concurrent registrations at one office get consecutive numbers.
 */
@Component
public class ReferenceNumbers {

    private static final Pattern FORMAT = Pattern.compile("^XF(.+)-(\\d{4})-(\\d+)$");

    private final JdbcTemplate jdbc;
    private final Territory territory;

    ReferenceNumbers(JdbcTemplate jdbc, Territory territory) {
        this.jdbc = jdbc;
        this.territory = territory;
    }

    /** The reference number of the {@code n}th matter in the register of the office with that code, for that year. */
    public static String format(String officeCode, int year, long n) {
        return "XF" + officeCode + "-" + year + "-" + String.format("%07d", n);
    }

    /** The next number of the register of the government {@code receiving} acts for; call it in the registering transaction. */
    String next(UnitView receiving, int year) {
        UnitView office = territory.governmentOf(receiving);
        Long n = jdbc.queryForObject("""
                insert into reference_counter (office_id, year, last_number) values (?, ?, 1)
                on conflict (office_id, year) do update set last_number = reference_counter.last_number + 1
                returning last_number""", Long.class, office.id(), year);
        return format(office.code(), year, n);
    }

    /** After an import of numbered matters: each register they belong to goes on after the highest number among them. */
    void continueAfter(Collection<String> referenceNos) {
        Map<String, Long> highest = new HashMap<>();
        for (String referenceNo : referenceNos) {
            Matcher m = FORMAT.matcher(referenceNo);
            if (m.matches()) {
                highest.merge(m.group(1) + "\n" + m.group(2), Long.parseLong(m.group(3)), Math::max);
            }
        }
        highest.forEach((register, n) -> {
            String[] officeAndYear = register.split("\n");
            territory.unitByCode(officeAndYear[0]).ifPresent(office -> jdbc.update("""
                    insert into reference_counter (office_id, year, last_number) values (?, ?, ?)
                    on conflict (office_id, year) do update
                        set last_number = greatest(reference_counter.last_number, excluded.last_number)""",
                    office.id(), Integer.parseInt(officeAndYear[1]), n));
        });
    }
}
