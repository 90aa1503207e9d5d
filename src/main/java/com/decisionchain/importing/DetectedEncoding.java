package com.decisionchain.importing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The text encodings an export may use (DESIGN §5); anything else is rejected. */
public enum DetectedEncoding {
    UTF_8(StandardCharsets.UTF_8),
    UTF_8_BOM(StandardCharsets.UTF_8),
    UTF_16LE_BOM(StandardCharsets.UTF_16LE),
    UTF_16BE_BOM(StandardCharsets.UTF_16BE),
    /** Chinese Excel's "CSV" without BOM; a superset of GBK and GB2312. */
    GB18030(Charset.forName("GB18030"));

    private final Charset charset;

    DetectedEncoding(Charset charset) {
        this.charset = charset;
    }

    public Charset charset() {
        return charset;
    }
}
