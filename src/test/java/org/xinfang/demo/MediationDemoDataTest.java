package org.xinfang.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.support.ApiClient;
import org.xinfang.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo city's mediation (issue 13, item 1): about the seed's 2,583 matters a year settled through mediation, of the
 * four kinds, with agreements of both kinds, some still waiting for a signature, and judicial confirmations, each
 * applied for within the 30 days; the indicators count them. Only appeals and claims are mediated, between their
 * petitioner and whom they are against, on terms that fit their category.
 */
@DemoDataTest
class MediationDemoDataTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApiClient api;
    @Autowired
    MutableClock clock;
    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    @Test
    void theSeedsMattersSettledThroughMediationWithAgreementsAndConfirmations() {
        long lastYear = jdbc.queryForObject("""
                select count(distinct s.matter_id) from mediation_agreement a join mediation_session s on s.id = a.session_id
                 where a.effective_on >= ? and a.effective_on < ?""", Long.class, clock.today().minusYears(1), clock.today());
        assertThat(lastYear).as("the seed: 2,583 a year").isBetween(2583L * 85 / 100, 2583L * 115 / 100);
        assertThat(jdbc.queryForList("select distinct kind from mediation_session", String.class))
                .containsExactlyInAnyOrder("PEOPLES", "ADMINISTRATIVE", "JUDICIAL", "PETITION");
        assertThat(jdbc.queryForList("select distinct outcome from mediation_session", String.class))
                .containsExactlyInAnyOrder("AGREED", "FAILED", "ADJOURNED");
        assertThat(jdbc.queryForObject("select count(*) from mediation_agreement where kind = 'SETTLEMENT'", Long.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from mediation_agreement where effective_on is null", Long.class))
                .as("the last days' agreements wait for a signature").isPositive();
        long confirmed = jdbc.queryForObject("select count(*) from mediation_agreement where confirmed_on is not null", Long.class);
        assertThat(confirmed).isPositive();
        assertThat(jdbc.queryForObject("""
                select count(*) from mediation_agreement a join mediation_session s on s.id = a.session_id
                 where a.confirmed_on is not null and (a.kind <> 'MEDIATION' or s.kind = 'JUDICIAL'
                       or a.applied_on > a.effective_on + 30 or a.applied_on < a.effective_on or a.confirmed_on >= ?)""",
                Long.class, clock.today())).as("every confirmation by the rules").isZero();
        ApiClient.Answer year = api.get("city.analyst", "/api/v1/mediation/indicators?year=2025");
        assertThat(((Number) year.read("$.settled")).longValue()).isBetween(2583L * 85 / 100, 2583L * 115 / 100);
        assertThat(((Number) year.read("$.confirmed")).longValue()).isPositive();
        assertThat((java.util.List<?>) year.read("$.byCounty")).hasSizeGreaterThan(5);
        assertThat(api.get("yuanling.registrar", "/api/v1/mediation/sessions?stage=CONFIRMED").status()).isEqualTo(200);
    }

    @Test
    void onlyClaimsAreMediatedBetweenThePetitionerAndWhomTheMatterIsAgainstOnTermsOfItsCategory() {
        assertThat(jdbc.queryForObject("""
                select count(*) from mediation_session s join matter m on m.id = s.matter_id
                 where m.handling_type is distinct from 'APPEAL'""", Long.class))
                .as("2022 art. 33: appeals and claims (申诉求决类) only").isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from mediation_session s join matter m on m.id = s.matter_id
                  join petitioner p on p.id = m.petitioner_id
                 where m.anonymous or s.parties[1] <> p.name""", Long.class)).as("the first party is the petitioner").isZero();
        assertThat(jdbc.queryForObject("select count(*) from mediation_session where parties[2] ~ '^.{1,3}某$'", Long.class))
                .as("no made-up person on the other side").isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from mediation_session s join matter m on m.id = s.matter_id
                 where s.parties[2] like '%有限公司' and position(s.parties[2] in m.content) = 0""", Long.class))
                .as("a company is the one the letter names").isZero();
        for (String[] fit : new String[][]{{"LABOUR.WAGE_ARREARS", "工资"}, {"LAND.ACQUISITION", "征地补偿款"},
                {"URBAN.DEMOLITION", "征收补偿款"}, {"URBAN.HOUSING_CERT", "不动产权证书"}}) {
            java.util.Map<String, Object> terms = jdbc.queryForMap("""
                    select count(*) agreements, count(*) filter (where a.terms not like '%' || ? || '%') misfits
                      from mediation_agreement a join mediation_session s on s.id = a.session_id
                      join matter m on m.id = s.matter_id join category c on c.id = m.category_id where c.code = ?""",
                    fit[1], fit[0]);
            assertThat(((Number) terms.get("agreements")).longValue()).as(fit[0]).isPositive();
            assertThat(((Number) terms.get("misfits")).longValue()).as(fit[0] + "'s terms speak of " + fit[1]).isZero();
        }
    }

    @Test
    void aDemoAgreementNamesThePetitionerAndItsNumberWhole() throws Exception {
        java.util.Map<String, Object> wages = jdbc.queryForMap("""
                select s.id, s.parties[1] petitioner, s.parties[2] respondent, m.reference_no
                  from mediation_agreement a join mediation_session s on s.id = a.session_id
                  join matter m on m.id = s.matter_id join category c on c.id = m.category_id
                 where c.code = 'LABOUR.WAGE_ARREARS' and a.effective_on is not null order by s.id limit 1""");
        org.springframework.test.web.servlet.MvcResult result = mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                        "/api/v1/mediation/sessions/" + wages.get("id") + "/agreement.pdf")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                                users.loadUserByUsername("city.analyst")))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        byte[] pdf = result.getResponse().getContentAsByteArray();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "demo-wage-agreement.pdf"), pdf);
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains((String) wages.get("reference_no"));
            String flat = text.replaceAll("\\s", "");
            assertThat(flat).contains("当事人一：" + wages.get("petitioner"), "当事人二：" + wages.get("respondent"), "工资");
        }
    }
}
