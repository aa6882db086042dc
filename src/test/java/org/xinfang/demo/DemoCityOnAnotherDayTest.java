package org.xinfang.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.xinfang.intake.Categories;
import org.xinfang.intake.RoutingRules;
import org.xinfang.support.IntegrationTest;
import org.xinfang.territory.Territory;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The default demo city (its seed, two years, 27,000 items a year) builds through the real transitions on a day other
 * than the test clock's: on 3 December 2026 a matter accepted and then guided out had its acceptance notice delivered
 * after the guidance, which a guided-out matter refuses, and the server did not start.
 */
@IntegrationTest
class DemoCityOnAnotherDayTest {

    @Autowired
    Territory territory;
    @Autowired
    RoutingRules routing;
    @Autowired
    Categories categories;

    @Test
    void theDefaultCityBuildsOnTheThirdOfDecember() {
        DemoCity city = new DemoCityGenerator(territory, routing, categories.all(),
                DemoTemplates.read(new ClassPathResource("demo/templates.json")))
                .generate(20191231L, 2, 27000, LocalDate.of(2026, 12, 3), ZoneId.of("Asia/Shanghai"));
        List<Long> people = LongStream.rangeClosed(1, city.people().size()).boxed().toList();
        List<Long> ids = LongStream.rangeClosed(1, city.matters().size()).boxed().toList();
        int total = city.matters().size();
        for (int from = 0; from < total; from += DemoDataLoader.BATCH) {
            int at = from;
            assertThatCode(() -> city.build(people, ids, at, Math.min(total, at + DemoDataLoader.BATCH))).doesNotThrowAnyException();
        }
    }
}
