package org.xinfang.casework.documents;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The foot of a letter, read back page by page with PDFBox (issue 11, item 4): seal line and same-page rule. */
class LetterLayoutTest {

    private DocumentFont font;

    @BeforeEach
    void font() {
        font = new DocumentFont("", DocumentFont.KNOWN_LOCATIONS);
        Assumptions.assumeTrue(font.isAvailable() || "true".equalsIgnoreCase(System.getenv("CI")),
                "No font with Chinese glyphs is installed: apt-get install -y fonts-noto-cjk");
    }

    @Test
    @DisplayName("The seal marker （印章） never breaks inside, whatever the length of the issuer's name")
    void theSealMarkerNeverBreaksInside() throws IOException {
        String longName = "中共怀化市委政法委员会信访工作联席会议办公室社会矛盾纠纷多元预防调处化解综合服务中心";
        for (int length = 8; length <= longName.length(); length++) {
            String issuer = longName.substring(0, length);
            byte[] pdf = LetterPdf.render(new Letter(issuer, "信访事项督办单", "XF431200-2026-0000001-DB", "沅陵县住房和城乡建设局",
                    List.of("请认真办理。"), "特此督办。", LocalDate.of(2026, 3, 2)), font);
            List<String> lines = lines(pdf, 1, Integer.MAX_VALUE);
            assertThat(lines).as("a name of %d characters", length).anyMatch(l -> l.endsWith("（印章）"));
            assertThat(lines).as("a name of %d characters", length)
                    .noneMatch(l -> l.endsWith("（印") || l.endsWith("（") || l.startsWith("章）") || l.equals("）"));
            // the name itself is all there, over as many lines as it needs, before the marker
            String joined = String.join("", lines);
            assertThat(joined).contains(issuer + "（印章）2026年3月2日");
        }
        // and the pieces as laid out: the marker whole at the end of the last line
        List<String> laidOut = LetterPdf.issuerLines(longName, true, font.get(), 16, LetterPdf.SIGNATURE_TEXT_WIDTH);
        assertThat(laidOut.size()).isGreaterThan(1);
        assertThat(laidOut.get(laidOut.size() - 1)).endsWith("（印章）");
        assertThat(String.join("", laidOut)).isEqualTo(longName + "（印章）");
        assertThat(LetterPdf.issuerLines("沅陵县信访局", false, font.get(), 16, LetterPdf.SIGNATURE_TEXT_WIDTH))
                .containsExactly("沅陵县信访局");
    }

    @Test
    @DisplayName("The issuer, seal and date stay on the page of the last paragraph on a long letter, a very long reason and a last paragraph of many lines")
    void theFootStaysWithTheLastParagraphOnALongLetter() throws IOException {
        StringBuilder reason = new StringBuilder("延期理由：");
        for (int i = 1; i <= 30; i++) {
            reason.append("第").append(i).append("户的补偿标准涉及自然资源、财政等多个部门，需逐户核实面积和补偿金额；");
        }
        int multiPage = 0;
        for (int tail = 1; tail <= 14; tail++) {
            List<String> last = new ArrayList<>();
            for (int i = 1; i <= tail; i++) {
                last.add("第" + i + "项：本机关将在延长后的期限内办结，并以书面形式答复你。");
            }
            String lastLine = "最后一行：如有疑问，请与承办人联系。";
            last.add(lastLine);
            Letter letter = new Letter("沅陵县住房和城乡建设局", "信访事项延期办理告知书", "XF431222-2026-0000001-YQ", "王建国",
                    List.of("你于2026年3月2日提出的“征收补偿款未到位”信访事项，本机关已于2026年3月7日依法受理。", reason.toString(),
                            String.join("\n", last)), "特此告知。", LocalDate.of(2026, 4, 21));
            byte[] pdf = LetterPdf.render(letter, font);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                int pages = doc.getNumberOfPages();
                assertThat(pages).isGreaterThan(1);
                multiPage++;
                String lastPage = String.join("", lines(pdf, pages, pages));
                assertThat(lastPage).as("the last page with %d lines in the last paragraph", tail)
                        .contains(lastLine, "特此告知。", "沅陵县住房和城乡建设局（印章）", "2026年4月21日");
                // no page carries the seal and the date alone: there is text of the letter above them
                assertThat(lastPage.indexOf(lastLine)).isLessThan(lastPage.indexOf("（印章）"));
                for (int page = 1; page < pages; page++) {
                    assertThat(String.join("", lines(pdf, page, page))).doesNotContain("（印章）", "2026年4月21日");
                }
            }
        }
        assertThat(multiPage).isEqualTo(14);
    }

    @Test
    @DisplayName("A record the visitor signs has lines to sign and no seal")
    void aRecordHasSignatureLinesAndNoSeal() throws IOException {
        byte[] pdf = LetterPdf.render(new Letter("沅陵县信访局", "来访接谈记录", "XF431222-2026-0000001-JT", null,
                List.of("接谈时间：2026年3月2日", "信访人陈述：补偿款未到位。"), "以上记录已经信访人核对，确认无误。", LocalDate.of(2026, 3, 2),
                List.of("信访人（签名）：＿＿＿＿", "接谈人员（签名）：＿＿＿＿"), false), font);
        String text = String.join("", lines(pdf, 1, Integer.MAX_VALUE));
        assertThat(text).contains("以上记录已经信访人核对，确认无误。信访人（签名）：＿＿＿＿接谈人员（签名）：＿＿＿＿沅陵县信访局2026年3月2日")
                .doesNotContain("（印章）", "：接谈时间");
    }

    /** The text lines of pages {@code from} to {@code to}, each without spaces. */
    @Test
    @DisplayName("A reference number in a justified line is read whole, its bracket with it, wherever the line breaks around it")
    void aReferenceNumberInTheBodyIsNeverLetterSpacedNorBroken() throws IOException {
        String number = "XF431222-2026-0000013";
        String before = "征收补偿款迟迟未到位且安置房交付逾期多年请求督促";
        for (int length = 0; length <= before.length(); length++) {
            String line = "信访事项：" + before.substring(0, length) + "（登记编号" + number + "）";
            byte[] pdf = LetterPdf.render(new Letter("沅陵县城关镇人民调解委员会", "调解协议书", "调协〔2026〕6号", null,
                    List.of("当事人一：张某\n" + line + "\n纠纷的主要事实和争议事项：补偿款至今未到位。", "本协议自各方当事人签名之日起生效。"),
                    "", LocalDate.of(2026, 3, 2)), font);
            if (length == 4) {
                // where it broke and was letter-spaced before: kept to look at (pdftoppm -png)
                java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
                java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "letter-reference-number.pdf"), pdf);
            }
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                // as extracted, spaces kept: the number on one line, with no space put inside it
                List<String> extracted = new PDFTextStripper().getText(doc).lines().toList();
                assertThat(extracted).as("%d characters before the number", length).anyMatch(l -> l.contains(number))
                        .as("nor is its closing bracket parted from it").noneMatch(l -> l.strip().startsWith("）"));
            }
        }
    }

    private static List<String> lines(byte[] pdf, int from, int to) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(from);
            stripper.setEndPage(Math.min(to, doc.getNumberOfPages()));
            return stripper.getText(doc).lines().map(l -> l.replaceAll("\\s+", "")).filter(l -> !l.isEmpty()).toList();
        }
    }
}
