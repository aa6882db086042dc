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
            assertThat(StatutoryDocuments.properChannelSentence(c, "你")).startsWith("根据《信访工作条例》第").endsWith("。")
                    .contains(StatutoryDocuments.properChannel(c));
        }
        assertThat(StatutoryDocuments.properChannelSentence(null, "你")).startsWith("根据《信访工作条例》第二十三条的规定，");
        assertThat(StatutoryDocuments.properChannelSentence(ProperChannel.ALREADY_FINAL, "你"))
                .isEqualTo("根据《信访工作条例》第三十六条第三款的规定，该事项已复核终结，不再受理。");
        assertThat(StatutoryDocuments.properChannelSentence(ProperChannel.LITIGATION, "你"))
                .isEqualTo("根据《信访工作条例》第三十一条的规定，请你按照法律法规规定的程序向人民法院提起诉讼。");
        assertThat(StatutoryDocuments.properChannelSentence(ProperChannel.PROCURATORATE, "你"))
                .isEqualTo("根据《信访工作条例》第二十三条的规定，该事项不属于本机关职权范围，请你向人民检察院反映。");
        assertThat(StatutoryDocuments.properChannelSentence(ProperChannel.DISCIPLINE_INSPECTION, "你"))
                .isEqualTo("根据《信访工作条例》第二十三条、第三十条的规定，该事项不属于本机关职权范围，请你向纪检监察机关反映。");
    }

    @Test
    void noMessageCitesTheRepealedRegulations() throws Exception {
        for (String bundle : List.of("messages.properties", "messages_en.properties")) {
            try (java.io.InputStream in = getClass().getResourceAsStream("/" + bundle)) {
                String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertThat(text).as(bundle).doesNotContain("《信访条例》", "2005 Regulations", "2005 art.");
            }
        }
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
                List.of("你于2026年3月2日提出的“征收补偿款未到位\uD83D\uDE00”信访事项，已于2026年3月7日依法受理。", opinion.toString()),
                "特此答复。", java.time.LocalDate.of(2026, 5, 6));
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
    void theIssuerSealAndDateStayOnThePageOfTheLastParagraph() throws Exception {
        DocumentFont font = new DocumentFont("", DocumentFont.KNOWN_LOCATIONS);
        Assumptions.assumeTrue(font.isAvailable() || "true".equalsIgnoreCase(System.getenv("CI")),
                "No font with Chinese glyphs is installed: apt-get install -y fonts-noto-cjk");
        String last = "你可以凭查询码ABCD-EFGH和登记的手机号码后四位，在网上信访平台查询办理进度、补充材料和评价办理结果。";
        int twoPages = 0;
        // one line more each time, so that the page break falls before, inside and after the foot in turn
        for (int items = 2; items <= 20; items++) {
            List<String> paragraphs = new java.util.ArrayList<>();
            paragraphs.add("你于2026年3月2日提出的“征收补偿款未到位”信访事项，本机关已收悉，决定予以受理。");
            for (int i = 1; i <= items; i++) {
                paragraphs.add("附第" + i + "份材料已收到。");
            }
            paragraphs.add(last);
            byte[] pdf = LetterPdf.render(new Letter("沅陵县住房和城乡建设局", "信访事项受理告知书", "XF431222-2026-0000001-SL",
                    "王建国", paragraphs, "特此告知。", java.time.LocalDate.of(2026, 3, 7)), font);
            try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                int pages = doc.getNumberOfPages();
                if (pages == 1) {
                    continue;
                }
                twoPages++;
                org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
                stripper.setStartPage(pages);
                stripper.setEndPage(pages);
                String lastPage = stripper.getText(doc).replaceAll("\\s+", "");
                assertThat(lastPage).as("the last page of a notice with %d items", items)
                        .contains(last, "特此告知。", "沅陵县住房和城乡建设局（印章）", "2026年3月7日");
                if (twoPages == 1) {
                    savePages(doc, "two-page-acceptance-notice");
                }
            }
        }
        assertThat(twoPages).as("notices long enough for two pages").isGreaterThan(3);
    }

    private static void savePages(org.apache.pdfbox.pdmodel.PDDocument doc, String name) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(dir);
        for (int page = 0; page < doc.getNumberOfPages(); page++) {
            javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(page, 60), "png",
                    dir.resolve(name + "-" + (page + 1) + ".png").toFile());
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
                            List.of("复查意见正确，予以维持。"), "特此答复。", java.time.LocalDate.of(2026, 3, 2)), font);
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
