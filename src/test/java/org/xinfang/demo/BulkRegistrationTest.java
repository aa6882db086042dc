package org.xinfang.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.intake.PersonDetails;
import org.xinfang.intake.Petitioners;
import org.xinfang.platform.Refusal;
import org.xinfang.support.ApiClient;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Putting many people on file at once follows the register's rule of who is the same person. */
@DemoDataTest
class BulkRegistrationTest {

    @Autowired
    Petitioners petitioners;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void thePeopleOnFileAndRepeatedInTheListKeepOneRecordAndTheIdsComeInOrder() {
        Map<String, Object> onFile = jdbc.queryForMap("select id, id_number from petitioner order by id limit 1");
        String newcomer = ApiClient.freshIdNumber();
        List<Long> ids = petitioners.registerAll(List.of(
                new PersonDetails("张三", newcomer, "13800000001", "沅陵县沅陵镇"),
                new PersonDetails("某人", (String) onFile.get("id_number"), null, null),
                new PersonDetails("李四", null, "13800000002", null),
                new PersonDetails(" 张三 ", newcomer.toLowerCase(), null, null),
                new PersonDetails("李四", null, "13800000002", "另一个地址"),
                new PersonDetails("王五", null, null, null),
                new PersonDetails("王五", null, null, null)));

        assertThat(ids).hasSize(7);
        assertThat(ids.get(1)).isEqualTo(((Number) onFile.get("id")).longValue());
        assertThat(ids.get(3)).isEqualTo(ids.get(0));
        assertThat(ids.get(4)).isEqualTo(ids.get(2));
        assertThat(ids.get(6)).isNotEqualTo(ids.get(5));
        assertThat(jdbc.queryForObject("select count(*) from petitioner where id = any(?)", Long.class,
                (Object) ids.toArray(Long[]::new))).isEqualTo(5);
        assertThat(petitioners.byId(ids.get(0)).orElseThrow().name()).isEqualTo("张三");
    }

    @Test
    void aBadEntryIsRefusedNamingItsPlaceInTheListAndNothingIsWritten() {
        long before = jdbc.queryForObject("select count(*) from petitioner", Long.class);
        assertThatThrownBy(() -> petitioners.registerAll(List.of(
                new PersonDetails("赵六", ApiClient.freshIdNumber(), null, null),
                new PersonDetails("钱七", "431222199001011234", null, null))))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).isEqualTo("people[1].idNumber"));
        assertThat(jdbc.queryForObject("select count(*) from petitioner", Long.class)).isEqualTo(before);
    }
}
