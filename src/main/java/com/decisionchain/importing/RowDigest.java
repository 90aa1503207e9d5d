package com.decisionchain.importing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A stable digest of everything a row says except where it stood in its file: SHA-256, in hex, of the UTF-8 text of
 * each value ({@code "null"} for a missing one, e-mail addresses joined by commas) followed by a unit separator.
 * Stored with every imported row and compared with the digests of later files, so it must never change.
 *
 * <p>One instance digests row after row into the same buffer; it is not thread-safe.
 */
final class RowDigest {

    private static final char SEPARATOR = '\u001f';

    private final MessageDigest sha256;
    // As String.getBytes does, an unpaired surrogate becomes '?'.
    private final CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    // Reused from row to row: the text, its characters in an array (the encoder's fast path) and its bytes.
    private final StringBuilder text = new StringBuilder(512);
    private CharBuffer chars;
    private ByteBuffer bytes;

    RowDigest() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
        allocate(512);
    }

    String of(ImportedPerson row) {
        text.setLength(0);
        value(row.source());
        value(row.format());
        value(row.vendorId());
        value(row.firstName());
        value(row.lastName());
        value(row.title());
        value(row.companyName());
        value(row.companyVendorId());
        value(row.companyWebsite());
        emails(row.emails());
        value(row.linkedInUrl());
        value(row.phone());
        value(row.mobilePhone());
        value(row.managementLevel());
        value(row.department());
        value(row.previousTitle());
        value(row.previousCompanyName());
        value(row.previousCompanyVendorId());
        value(row.lastJobChangeDate());
        value(row.connectedOn());
        value(row.city());
        value(row.country());
        encodeText();
        sha256.update(bytes.array(), 0, bytes.position());
        return HexFormat.of().formatHex(sha256.digest());
    }

    private void value(Object value) {
        text.append(value).append(SEPARATOR);
    }

    private void emails(List<String> emails) {
        for (int i = 0; i < emails.size(); i++) {
            text.append(i > 0 ? "," : "").append(emails.get(i));
        }
        text.append(SEPARATOR);
    }

    private void encodeText() {
        int length = text.length();
        if (chars.capacity() < length) {
            allocate(2 * length);
        }
        chars.clear();
        text.getChars(0, length, chars.array(), 0);
        chars.limit(length);
        bytes.clear();
        CoderResult result = utf8.reset().encode(chars, bytes, true);
        if (!result.isUnderflow() || !utf8.flush(bytes).isUnderflow()) {
            throw new IllegalStateException("row text did not fit its UTF-8 buffer: " + result);
        }
    }

    /** Room for {@code length} characters and, at the encoder's worst case per character, for their bytes. */
    private void allocate(int length) {
        chars = CharBuffer.allocate(length);
        bytes = ByteBuffer.allocate(length * (int) utf8.maxBytesPerChar());
    }
}
