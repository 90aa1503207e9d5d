package com.decisionchain.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The accepted encodings read the LinkedIn sample identically; everything else is rejected, never mojibake. */
class EncodingDetectionTest {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final String SAMPLE = new String(ImportFixtures.resource(ImportFixtures.LINKEDIN_SAMPLE), StandardCharsets.UTF_8);
    private static final ExportLayout LINKEDIN = ExportLayout.linkedInConnections();
    private static final String HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";

    private record Read(List<ImportRow> rows, DetectedEncoding encoding) {
    }

    private static Read read(byte[] bytes) throws IOException {
        try (ExportFile file = new ExportReader().open(new ByteArrayInputStream(bytes), LINKEDIN)) {
            List<ImportRow> rows = new ArrayList<>();
            file.forEach(rows::add);
            return new Read(rows, file.encoding());
        }
    }

    private static byte[] encoded(DetectedEncoding encoding, String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (encoding) {
            case UTF_8_BOM -> out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            case UTF_16LE_BOM -> out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
            case UTF_16BE_BOM -> out.writeBytes(new byte[] {(byte) 0xFE, (byte) 0xFF});
            default -> { }
        }
        out.writeBytes(text.getBytes(encoding.charset()));
        return out.toByteArray();
    }

    private static ImportParseException rejected(byte[] bytes) {
        return assertThrows(ImportParseException.class, () -> read(bytes));
    }

    @ParameterizedTest
    @EnumSource(DetectedEncoding.class)
    void everyAcceptedEncodingReadsTheSampleIdentically(DetectedEncoding encoding) throws IOException {
        List<ImportRow> expected = ImportFixtures.readAll(ImportFixtures.resource(ImportFixtures.LINKEDIN_SAMPLE), LINKEDIN);
        for (String text : List.of(SAMPLE, SAMPLE.replace("\n", "\r\n"))) {
            Read read = read(encoded(encoding, text));
            assertEquals(encoding, read.encoding());
            assertEquals(expected, read.rows());
        }
        ImportedPerson xiaoming = (ImportedPerson) read(encoded(encoding, SAMPLE)).rows().get(1);
        assertEquals(List.of(6L, "晓明", "陈", "青岚机器人", "首席技术官"),
                List.of(xiaoming.line(), xiaoming.firstName(), xiaoming.lastName(), xiaoming.companyName(), xiaoming.title()));
        ImportedPerson yuki = (ImportedPerson) read(encoded(encoding, SAMPLE)).rows().get(10);
        assertEquals(List.of("由紀", "田中"), List.of(yuki.firstName(), yuki.lastName()));
    }

    @Test
    void latinOneIsRejectedAtItsFirstUndecodableLine() {
        String text = HEADER
                + "Marisol,Okafor,https://www.linkedin.com/in/marisol-okafor-t3k9a,,Harborlight Analytics,CIO,14 Oct 2025\n"
                + "Søren,Kjærgaard,https://www.linkedin.com/in/soren-kjaergaard-t5g3q,,Meridian Ledger GmbH,Enterprise Architect,27 Sep 2025\n"
                + "José,Martínez,https://www.linkedin.com/in/jose-martinez-t7h4g,,Meridian Ledger GmbH,Head of IT Infrastructure,25 Jun 2025\n";
        ImportParseException error = rejected(text.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(ImportErrorCode.ENCODING_UNSUPPORTED, error.code());
        assertEquals(OptionalLong.of(3), error.line());
    }

    /** Accented letters before ASCII letters are valid GB18030 pairs, so these files decode, as Chinese mojibake. */
    @Test
    void westernExcelTextIsRejectedEvenWhereItDecodesAsGb18030() throws CharacterCodingException {
        Charset windows1252 = Charset.forName("windows-1252");
        for (String row : List.of(
                "Hans,Müller,https://www.linkedin.com/in/hans-mueller-t0001,,Grünwald AG,Einkaufsleiter,01 Jan 2025\n",
                "Hélène,Lefèvre,https://www.linkedin.com/in/helene-lefevre-t0002,,Crédit Mutuel,Directrice achats,02 Jan 2025\n",
                "Åsa,Öberg,https://www.linkedin.com/in/asa-oberg-t0003,,Nordkraft Förvaltning,Inköpschef,03 Jan 2025\n",
                "João,Conceição,https://www.linkedin.com/in/joao-conceicao-t0006,,Operações Brasil,Diretor de Operações,07 Jan 2025\n",
                "Maria,Assunção,https://www.linkedin.com/in/maria-assuncao-t0007,,Produção Ltda,Coordenação,08 Jan 2025\n")) {
            byte[] file = (HEADER + row).getBytes(windows1252);
            GB18030.newDecoder().decode(ByteBuffer.wrap(file));

            ImportParseException error = rejected(file);

            assertEquals(ImportErrorCode.ENCODING_UNSUPPORTED, error.code(), row);
            assertEquals(OptionalLong.of(2), error.line(), row);
        }
    }

    @Test
    void chineseWithRareOrTraditionalCharactersSymbolsAndWesternNamesIsStillGb18030() throws IOException {
        List<String> rows = List.of(
                "喆,王,https://www.linkedin.com/in/wang-zhe-t0004,,青岚机器人,首席技术官,04 Jan 2025\n",
                "志明,陳,https://www.linkedin.com/in/chen-zhiming-t0005,,台灣積體電路製造,採購經理,05 Jan 2025\n",
                "Ann,Lee,https://www.linkedin.com/in/ann-lee-t0008,,Acme – Asia,CTO,06 Jan 2025\n",
                "Søren,Kjærgaard,https://www.linkedin.com/in/soren-kjaergaard-t5g3q,,北辰数科,架构师 🚀,06 Jan 2025\n");
        for (String row : rows) {
            Read read = read((HEADER + row).getBytes(GB18030));

            assertEquals(DetectedEncoding.GB18030, read.encoding(), row);
            assertEquals(row.substring(0, row.indexOf(',')), ((ImportedPerson) read.rows().get(0)).firstName());
        }
    }

    @Test
    void aBadByteAfterTheDetectionWindowIsStillRejectedAtItsLine() {
        StringBuilder text = new StringBuilder(HEADER)
                .append("José,Martínez,https://www.linkedin.com/in/jose-martinez-t7h4g,,Meridian Ledger GmbH,Head of IT,25 Jun 2025\n");
        int line = 3;
        while (text.length() < 2 * StrictDecodingReader.WINDOW_BYTES) {
            text.append("Alex,Morgan,https://www.linkedin.com/in/alex-morgan-t4f7p,,,,01 Apr 2025\n");
            line++;
        }
        byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] latin1Row = "Lucía,Herrera,,,,,17 Jan 2025\n".getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(utf8);
        file.writeBytes(latin1Row);

        ImportParseException error = rejected(file.toByteArray());
        assertEquals(ImportErrorCode.ENCODING_UNSUPPORTED, error.code());
        assertEquals(OptionalLong.of(line), error.line());
    }

    @Test
    void chineseAfterALongAsciiPrefixIsStillGb18030() throws IOException {
        StringBuilder text = new StringBuilder(HEADER);
        while (text.length() < 2 * StrictDecodingReader.WINDOW_BYTES) {
            text.append("Alex,Morgan,https://www.linkedin.com/in/alex-morgan-t4f7p,,,,01 Apr 2025\n");
        }
        text.append("娜,李,https://www.linkedin.com/in/li-na-t3d9m,,北辰数科,采购经理,29 Apr 2025\n");
        Read read = read(text.toString().getBytes(GB18030));
        assertEquals(DetectedEncoding.GB18030, read.encoding());
        ImportedPerson na = (ImportedPerson) read.rows().get(read.rows().size() - 1);
        assertEquals(List.of("娜", "李", "北辰数科", "采购经理"), List.of(na.firstName(), na.lastName(), na.companyName(), na.title()));
    }

    @Test
    void pureAsciiIsReportedAsUtf8() throws IOException {
        String text = HEADER + "Marisol,Okafor,https://www.linkedin.com/in/marisol-okafor-t3k9a,,Harborlight Analytics,CIO,14 Oct 2025\n";
        assertEquals(DetectedEncoding.UTF_8, read(text.getBytes(StandardCharsets.US_ASCII)).encoding());
    }

    @Test
    void utf16WithoutBomUtf32AndBrokenUtf16AreRejected() {
        assertEquals(ImportErrorCode.ENCODING_UNSUPPORTED, rejected(SAMPLE.getBytes(StandardCharsets.UTF_16LE)).code());
        assertEquals(ImportErrorCode.ENCODING_UNSUPPORTED, rejected(SAMPLE.getBytes(StandardCharsets.UTF_16BE)).code());
        byte[] utf32 = new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0, 'N', 0, 0, 0};
        assertEquals(ImportErrorCode.ENCODING_UNSUPPORTED, rejected(utf32).code());

        String loneSurrogate = HEADER + "Marisol,Okafor,,,Harborlight,CIO,14 Oct 2025\nX\uD800,Okafor,,,Harborlight,CIO,14 Oct 2025\n";
        ByteArrayOutputStream utf16 = new ByteArrayOutputStream();
        utf16.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
        for (char c : loneSurrogate.toCharArray()) {
            utf16.write(c & 0xFF);
            utf16.write(c >> 8);
        }
        ImportParseException error = rejected(utf16.toByteArray());
        assertEquals(ImportErrorCode.ENCODING_UNSUPPORTED, error.code());
        assertEquals(OptionalLong.of(3), error.line());
    }
}
