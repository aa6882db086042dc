package org.xinfang.casework.documents;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.xinfang.statute.ProperChannel;
import org.xinfang.territory.AdministrativeLevel;
import org.xinfang.territory.UnitView;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The documents' names, the law's wording, the units' official names and the choice of font, without a database. */
class StatutoryDocumentTest {

    @Test
    void kindsAreNamedInUrlsBySlugOrByName() {
        assertThat(StatutoryDocument.HANDLING_OPINION.slug()).isEqualTo("handling-opinion");
        assertThat(StatutoryDocument.fromSlug("re-review-opinion")).contains(StatutoryDocument.RE_REVIEW_OPINION);
        assertThat(StatutoryDocument.fromSlug("ACCEPTANCE_NOTICE")).contains(StatutoryDocument.ACCEPTANCE_NOTICE);
        assertThat(StatutoryDocument.fromSlug("summons")).isEmpty();
        assertThat(StatutoryDocument.fromSlug(null)).isEmpty();
    }

    @Test
    void everyProperChannelHasTheLawsWording() {
        assertThat(StatutoryDocuments.properChannel(ProperChannel.LITIGATION)).isEqualTo("向人民法院提起诉讼");
        assertThat(StatutoryDocuments.properChannel(ProperChannel.ARBITRATION)).isEqualTo("申请仲裁");
        assertThat(StatutoryDocuments.properChannel(ProperChannel.ADMINISTRATIVE_RECONSIDERATION)).isEqualTo("申请行政复议");
        assertThat(StatutoryDocuments.properChannel(ProperChannel.PEOPLES_CONGRESS)).isEqualTo("向人民代表大会及其常务委员会反映");
        assertThat(StatutoryDocuments.properChannel(ProperChannel.PEOPLES_COURT)).isEqualTo("向人民法院反映");
        assertThat(StatutoryDocuments.properChannel(ProperChannel.PROCURATORATE)).isEqualTo("向人民检察院反映");
        assertThat(StatutoryDocuments.properChannel(ProperChannel.DISCIPLINE_INSPECTION)).isEqualTo("向纪检监察机关反映");
        assertThat(StatutoryDocuments.properChannel(ProperChannel.ALREADY_FINAL)).isEqualTo("该事项已复核终结，不再受理");
        assertThat(StatutoryDocuments.properChannel(ProperChannel.OTHER)).isEqualTo("通过其他法定途径");
        for (ProperChannel c : ProperChannel.values()) {
            assertThat(StatutoryDocuments.properChannelSentence(c, "你")).startsWith("根据《信访条例》").endsWith("。")
                    .contains(StatutoryDocuments.properChannel(c));
        }
        assertThat(StatutoryDocuments.properChannelSentence(ProperChannel.ALREADY_FINAL, "你")).contains("第三十五条");
        assertThat(StatutoryDocuments.properChannelSentence(ProperChannel.PROCURATORATE, "你")).contains("第十五条");
    }

    @Test
    void unitsSignWithTheirOfficialNames() {
        assertThat(StatutoryDocuments.officialName(unit("沅陵县住房和城乡建设局", AdministrativeLevel.COUNTY, "HOUSING")))
                .isEqualTo("沅陵县住房和城乡建设局");
        assertThat(StatutoryDocuments.officialName(unit("沅陵县", AdministrativeLevel.COUNTY, null))).isEqualTo("沅陵县人民政府");
        assertThat(StatutoryDocuments.officialName(unit("怀化市", AdministrativeLevel.CITY, null))).isEqualTo("怀化市人民政府");
        assertThat(StatutoryDocuments.officialName(unit("沅陵镇", AdministrativeLevel.TOWNSHIP, null))).isEqualTo("沅陵镇人民政府");
        assertThat(StatutoryDocuments.officialName(unit("城中街道", AdministrativeLevel.TOWNSHIP, null))).isEqualTo("城中街道办事处");
        assertThat(StatutoryDocuments.officialName(unit("月亮坪社区", AdministrativeLevel.VILLAGE, null))).isEqualTo("月亮坪社区居民委员会");
        assertThat(StatutoryDocuments.officialName(unit("张家村", AdministrativeLevel.VILLAGE, null))).isEqualTo("张家村村民委员会");
    }

    @Test
    void theSimplifiedChineseMemberOfACollectionIsPreferred() {
        assertThat(DocumentFont.isSimplifiedChinese("NotoSerifCJKsc-Regular")).isTrue();
        assertThat(DocumentFont.isSimplifiedChinese("Noto Sans CJK SC")).isTrue();
        assertThat(DocumentFont.isSimplifiedChinese("AR PL UMing CN")).isTrue();
        assertThat(DocumentFont.isSimplifiedChinese("NotoSerifCJKjp-Regular")).isFalse();
        assertThat(DocumentFont.isSimplifiedChinese("NotoSansCJKtc-Regular")).isFalse();
        assertThat(DocumentFont.isSimplifiedChinese("WenQuanYi Zen Hei")).isFalse();
    }

    @Test
    void withoutAChineseFontTheRefusalSaysWhatToInstall() {
        DocumentFont none = new DocumentFont("", List.of("/nonexistent/NotoSerifCJK-Regular.ttc"));
        assertThat(none.isAvailable()).isFalse();
        assertThatThrownBy(none::get).isInstanceOf(DocumentFontUnavailable.class)
                .hasMessageContaining("/nonexistent/NotoSerifCJK-Regular.ttc").hasMessageContaining("apt-get install -y fonts-noto-cjk");

        DocumentFont misconfigured = new DocumentFont("/nonexistent/simsun.ttc,0", DocumentFont.KNOWN_LOCATIONS);
        assertThatThrownBy(misconfigured::get).isInstanceOf(DocumentFontUnavailable.class)
                .hasMessageContaining("xinfang.documents.font is set to /nonexistent/simsun.ttc").hasMessageContaining("fonts-noto-cjk");
    }

    @Test
    void aFontWithoutChineseGlyphsIsRefusedRatherThanPrintingBoxes() {
        String latinOnly = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
        Assumptions.assumeTrue(new java.io.File(latinOnly).canRead(), "DejaVu Sans is not installed");
        assertThatThrownBy(new DocumentFont(latinOnly, List.of())::get).isInstanceOf(DocumentFontUnavailable.class)
                .hasMessageContaining("has no Chinese glyphs");
    }

    @Test
    void aCharacterTheFontLacksIsPrintedAsAGetaMarkNotABox() {
        DocumentFont font = new DocumentFont("", DocumentFont.KNOWN_LOCATIONS);
        Assumptions.assumeTrue(font.isAvailable() || "true".equalsIgnoreCase(System.getenv("CI")),
                "No font with Chinese glyphs is installed: apt-get install -y fonts-noto-cjk");
        assertThat(font.printable("补偿款\uD83D\uDE00到位\t了\r\n")).isEqualTo("补偿款〓到位 了\n");
    }

    @Test
    void aLongOpinionFlowsOntoNumberedPagesAndNoLineStartsWithClosingPunctuation() throws Exception {
        DocumentFont font = new DocumentFont("", DocumentFont.KNOWN_LOCATIONS);
        Assumptions.assumeTrue(font.isAvailable() || "true".equalsIgnoreCase(System.getenv("CI")),
                "No font with Chinese glyphs is installed: apt-get install -y fonts-noto-cjk");
        StringBuilder opinion = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            opinion.append("经核查，第").append(i).append("项补偿款（含过渡费、搬迁费）已按《国有土地上房屋征收与补偿条例》核定，")
                    .append("金额为").append(1000 * i).append("元。").append(i % 5 == 0 ? "\n" : "");
        }
        Letter letter = new Letter("沅陵县住房和城乡建设局", "信访事项处理意见书", "XF431222-2026-0000001-CL", "王建国",
                List.of("你于2026年3月2日提出的“征收补偿款未到位\uD83D\uDE00”信访事项，已于2026年3月7日依法受理。", opinion.toString(),
                        "特此答复。"), java.time.LocalDate.of(2026, 5, 6));
        byte[] pdf = LetterPdf.render(letter, font);
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text.lines().map(String::strip)).noneMatch(l -> !l.isEmpty() && "，。、；：？！）》”".indexOf(l.charAt(0)) >= 0);
            assertThat(text.lines().map(String::strip)).noneMatch(l -> !l.isEmpty() && "（《“".indexOf(l.charAt(l.length() - 1)) >= 0);
            assertThat(text.replaceAll("\\s+", "")).contains("征收补偿款未到位〓", "第40项补偿款", "2026年5月6日", "—2—");
            java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
            java.nio.file.Files.createDirectories(dir);
            javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(doc.getNumberOfPages() - 1, 100),
                    "png", dir.resolve("long-opinion-last-page.png").toFile());
        }
    }

    @Test
    void lettersRenderedAtOnceInSeveralThreadsShareTheFontSafely() throws Exception {
        DocumentFont font = new DocumentFont("", DocumentFont.KNOWN_LOCATIONS);
        Assumptions.assumeTrue(font.isAvailable() || "true".equalsIgnoreCase(System.getenv("CI")),
                "No font with Chinese glyphs is installed: apt-get install -y fonts-noto-cjk");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> texts = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String name = "信访人" + "甲乙丙丁戊己庚辛".charAt(i);
                texts.add(pool.submit(() -> {
                    byte[] pdf = LetterPdf.render(new Letter("怀化市人民政府", "信访事项复核意见书", "XF431200-2026-0000001-FH", name,
                            List.of("复查意见正确，予以维持。"), java.time.LocalDate.of(2026, 3, 2)), font);
                    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                        return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
                    }
                }));
            }
            for (int i = 0; i < texts.size(); i++) {
                assertThat(texts.get(i).get()).contains("信访人" + "甲乙丙丁戊己庚辛".charAt(i) + "：", "复查意见正确，予以维持。", "2026年3月2日");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static UnitView unit(String name, AdministrativeLevel level, String function) {
        return new UnitView(1L, "X", name, null, level, function, null, "/1/", "/1/", null);
    }
}
