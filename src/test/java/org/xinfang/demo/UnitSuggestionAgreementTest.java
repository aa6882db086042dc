package org.xinfang.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.xinfang.casework.AcceptanceOutcome;
import org.xinfang.casework.MatterCommand;
import org.xinfang.intake.Categories;
import org.xinfang.intake.RoutingRules;
import org.xinfang.intelligence.UnitSuggestions;
import org.xinfang.intelligence.UnitSuggestions.Agreement;
import org.xinfang.intelligence.UnitSuggestions.Handled;
import org.xinfang.support.IntegrationTest;
import org.xinfang.territory.Territory;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How often the unit suggested from history agrees with the unit that accepted the matter, on the demo city (three
 * years of 27,000 items): the matters are replayed in the order they arrived, each suggested from those before it
 * only. The routing rules' agreement is the baseline. The figures are printed for docs/intelligence.md.
 */
@IntegrationTest
class UnitSuggestionAgreementTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Autowired
    Territory territory;
    @Autowired
    RoutingRules routing;
    @Autowired
    Categories categories;
    @Autowired
    UnitSuggestions units;

    @Test
    void theHistorySuggestsTheUnitThatAcceptedTheMatter() {
        DemoCity city = new DemoCityGenerator(territory, routing, categories.all(),
                DemoTemplates.read(new ClassPathResource("demo/templates.json")))
                .generate(21, 3, 27_000, TODAY, ZoneId.of("Asia/Shanghai"));
        List<PlannedMatter> accepted = city.matters().stream().filter(m -> acceptedBy(m).isPresent())
                .sorted(Comparator.comparing(PlannedMatter::receivedOn)).toList();
        List<Handled> replay = accepted.stream().map(m -> new Handled(m.place(), m.category(),
                territory.unitByCode(acceptedBy(m).orElseThrow()).orElseThrow())).toList();

        Agreement all = units.replay(replay, 0);
        long rules = replay.stream().filter(h -> routing.suggestResponsibleUnit(h.place(), h.category()).id()
                .equals(h.acceptedBy().id())).count();
        // the last year, with two years of history behind it: what a city sees once the product has run a while
        int beforeLastYear = (int) accepted.stream().filter(m -> m.receivedOn().isBefore(TODAY.minusYears(1))).count();
        Agreement warm = units.replay(replay, beforeLastYear);
        System.out.printf("Unit suggestion on %d accepted demo matters: suggested %d (%.3f), agreed %d (%.3f of "
                        + "suggested); last year %d matters: suggested %.3f, agreed %.3f; routing rules agree %.3f%n",
                all.matters(), all.suggested(), share(all.suggested(), all.matters()), all.agreed(),
                share(all.agreed(), all.suggested()), warm.matters(), share(warm.suggested(), warm.matters()),
                share(warm.agreed(), warm.suggested()), share(rules, replay.size()));

        assertThat(all.matters()).isGreaterThan(50_000);
        assertThat(share(warm.suggested(), warm.matters())).as("a suggestion once there is history").isGreaterThan(0.8);
        assertThat(share(warm.agreed(), warm.suggested())).as("the suggested unit accepted the matter").isGreaterThan(0.95);
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : part / (double) whole;
    }

    private static Optional<String> acceptedBy(PlannedMatter m) {
        return m.steps().stream().map(s -> s.command())
                .filter(c -> c instanceof MatterCommand.Acceptance a && a.outcome() == AcceptanceOutcome.ACCEPTED)
                .map(c -> ((MatterCommand.Acceptance) c).leadUnitCode()).findFirst();
    }
}
