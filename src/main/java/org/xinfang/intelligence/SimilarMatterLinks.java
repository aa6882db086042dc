package org.xinfang.intelligence;

import org.springframework.stereotype.Component;
import org.xinfang.casework.MatterPageLinks;
import org.xinfang.casework.MatterTexts;
import org.xinfang.casework.ScreeningAdvice.SimilarMatter;
import org.xinfang.territory.StaffPrincipal;

import java.util.List;

/**
 * The matter page's similar matters (相似事项) among its related records: the earlier matters most like this one's
 * words that the viewer may open, a duplicate marked as such. One index look-up and two indexed queries.
 */
@Component
class SimilarMatterLinks implements MatterPageLinks {

    static final int SHOWN = 5;

    private final SimilarMatters similar;
    private final MatterTexts texts;

    SimilarMatterLinks(SimilarMatters similar, MatterTexts texts) {
        this.similar = similar;
        this.texts = texts;
    }

    @Override
    public List<Link> links(StaffPrincipal viewer, Long matterId) {
        return texts.of(List.of(matterId)).stream().findFirst()
                .map(m -> similar.find(m.title(), m.content(), SimilarMatters.Restriction.none(), viewer, SHOWN * 2,
                        List.of(matterId)))
                .orElse(List.of()).stream()
                .filter(s -> s.matterId() < matterId).limit(SHOWN)
                .map(SimilarMatterLinks::link).toList();
    }

    private static Link link(SimilarMatter s) {
        return new Link(s.duplicate() ? "similar.link.duplicate" : "similar.link.similar",
                s.referenceNo() + " " + s.title() + " · " + Math.round(s.score() * 100) + "%",
                "/matters/" + s.matterId(), null, "enum.MatterState." + s.state());
    }
}
