package com.decisionchain.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns export bytes into text with strict decoders only, so an undecodable byte stops the import instead of
 * becoming mojibake.
 *
 * <p>A byte-order mark decides UTF-8 or UTF-16 LE/BE. Without one, ASCII passes through undecided (it reads
 * the same in UTF-8 and GB18030) until the first non-ASCII byte; there the next {@value #WINDOW_BYTES} bytes
 * are tried as strict UTF-8, then strict GB18030. Strict decoding was preferred over a statistical detector: for
 * the two candidates it is exact (valid UTF-8 is almost never valid-looking GBK by accident) and it never guesses.
 * Western single-byte text (Windows-1252, ISO-8859-1) often decodes as GB18030 too, though; it is told apart by
 * where its non-ASCII bytes stand, inside words, and rejected. Scripts written wholly outside ASCII, such as
 * Cyrillic in Windows-1251, cannot be told apart this way. Decoding stays strict after the choice, so a later bad
 * byte is still rejected.
 */
final class StrictDecodingReader extends Reader {

    static final int WINDOW_BYTES = 64 * 1024;

    private final InputStream in;
    private final ByteBuffer bytes = ByteBuffer.allocate(WINDOW_BYTES);
    private boolean endOfInput;
    private DetectedEncoding encoding;
    private CharsetDecoder decoder;
    private boolean decodingFailed;
    /** The last ASCII byte read before the first non-ASCII one, or -1: it tells whether that one starts inside a word. */
    private int lastAsciiByte = -1;

    StrictDecodingReader(InputStream in) throws IOException {
        this.in = in;
        bytes.flip();
        fill();
        if (!bytes.hasRemaining()) {
            throw new ImportParseException(ImportErrorCode.EMPTY_FILE, "the file is empty");
        }
        readByteOrderMark();
        if (!bytes.hasRemaining() && endOfInput) {
            throw new ImportParseException(ImportErrorCode.EMPTY_FILE, "the file holds only a byte-order mark");
        }
        if (encoding == null) {
            rejectNulBytes();
        }
    }

    /** The encoding in use; {@link DetectedEncoding#UTF_8} while only ASCII has been read. */
    DetectedEncoding encoding() {
        return encoding == null ? DetectedEncoding.UTF_8 : encoding;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        return decoder == null ? readAscii(target, offset, length) : decode(target, offset, length);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void readByteOrderMark() {
        if (startsWith(0xFF, 0xFE, 0x00, 0x00) || startsWith(0x00, 0x00, 0xFE, 0xFF)) {
            throw new ImportParseException(ImportErrorCode.ENCODING_UNSUPPORTED, "UTF-32 is not supported; save the file as UTF-8");
        }
        if (startsWith(0xEF, 0xBB, 0xBF)) {
            use(DetectedEncoding.UTF_8_BOM, 3);
        } else if (startsWith(0xFF, 0xFE)) {
            use(DetectedEncoding.UTF_16LE_BOM, 2);
        } else if (startsWith(0xFE, 0xFF)) {
            use(DetectedEncoding.UTF_16BE_BOM, 2);
        }
    }

    private boolean startsWith(int... prefix) {
        if (bytes.remaining() < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes.get(bytes.position() + i) & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * NUL never occurs in UTF-8 or GB18030 text. Bytes that read as clean UTF-16 text are UTF-16 without a
     * byte-order mark, which is not accepted; other NULs mean a binary file.
     */
    private void rejectNulBytes() {
        int firstNul = 0;
        while (firstNul < bytes.remaining() && bytes.get(bytes.position() + firstNul) != 0) {
            firstNul++;
        }
        if (firstNul == bytes.remaining()) {
            return;
        }
        if (readsAsText(StandardCharsets.UTF_16LE) || readsAsText(StandardCharsets.UTF_16BE)) {
            throw new ImportParseException(ImportErrorCode.ENCODING_UNSUPPORTED,
                    "this looks like UTF-16 without a byte-order mark; save the file as UTF-8 or UTF-16 with BOM");
        }
        long line = 1;
        for (int i = 0; i < firstNul; i++) {
            line += bytes.get(bytes.position() + i) == '\n' ? 1 : 0;
        }
        throw new ImportParseException(ImportErrorCode.BINARY_CONTENT, line, "NUL bytes: this is a binary file, not a text export");
    }

    private boolean readsAsText(Charset charset) {
        CharBuffer text = CharBuffer.allocate(bytes.remaining());
        if (strictDecoder(charset).decode(bytes.duplicate(), text, endOfInput).isError()) {
            return false;
        }
        text.flip();
        return text.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r');
    }

    private void use(DetectedEncoding chosen, int byteOrderMarkLength) {
        encoding = chosen;
        decoder = strictDecoder(chosen.charset());
        bytes.position(bytes.position() + byteOrderMarkLength);
    }

    private int readAscii(char[] target, int offset, int length) throws IOException {
        if (!bytes.hasRemaining()) {
            if (endOfInput) {
                return -1;
            }
            fill();
            if (!bytes.hasRemaining()) {
                return -1;
            }
        }
        int count = 0;
        while (count < length && bytes.hasRemaining() && bytes.get(bytes.position()) >= 0) { // a signed byte >= 0 is ASCII
            target[offset + count++] = (char) bytes.get();
        }
        if (count > 0) {
            lastAsciiByte = target[offset + count - 1];
            return count;
        }
        chooseEncodingAtFirstNonAsciiByte();
        return decode(target, offset, length);
    }

    private void chooseEncodingAtFirstNonAsciiByte() throws IOException {
        fill();
        if (decodesStrictly(DetectedEncoding.UTF_8.charset())) {
            use(DetectedEncoding.UTF_8, 0);
        } else if (!decodesStrictly(DetectedEncoding.GB18030.charset())) {
            throw new ImportParseException(ImportErrorCode.ENCODING_UNSUPPORTED, "the text is neither UTF-8, UTF-16 with a "
                    + "byte-order mark, nor GB18030/GBK; save the file as UTF-8");
        } else if (readsAsWesternText()) {
            throw new ImportParseException(ImportErrorCode.ENCODING_UNSUPPORTED, "the text reads as Windows-1252 or "
                    + "ISO-8859-1 (accented letters inside words), as Western Excel saves CSV, which is not accepted; "
                    + "save the file as UTF-8");
        } else {
            use(DetectedEncoding.GB18030, 0);
        }
    }

    /**
     * Whether at least half the runs of non-ASCII bytes in the window sit inside words, between two ASCII letters
     * ("M\u00fcller", "Concei\u00e7\u00e3o"): an accented letter nearly always does, a Chinese character seldom
     * touches Latin letters on both sides.
     */
    private boolean readsAsWesternText() {
        int runs = 0;
        int insideWords = 0;
        int before = lastAsciiByte;
        int i = bytes.position();
        while (i < bytes.limit()) {
            int b = bytes.get(i) & 0xFF;
            if (b < 0x80) {
                before = b;
                i++;
                continue;
            }
            int end = i;
            while (end < bytes.limit() && bytes.get(end) < 0) { // a signed byte < 0 is not ASCII
                end++;
            }
            runs++;
            if (isAsciiLetter(before) && end < bytes.limit() && isAsciiLetter(bytes.get(end))) {
                insideWords++;
            }
            before = -1;
            i = end;
        }
        return 2 * insideWords >= runs;
    }

    private static boolean isAsciiLetter(int b) {
        return b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z';
    }

    private boolean decodesStrictly(Charset charset) {
        // Decoded text never has more chars than bytes in UTF-8 or GB18030.
        CharBuffer sink = CharBuffer.allocate(bytes.remaining());
        return !strictDecoder(charset).decode(bytes.duplicate(), sink, endOfInput).isError();
    }

    private int decode(char[] target, int offset, int length) throws IOException {
        if (decodingFailed) {
            throw undecodable();
        }
        CharBuffer out = CharBuffer.wrap(target, offset, length);
        while (true) {
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                // Hand out the text before the bad bytes first, so the error is reported at its own line.
                decodingFailed = true;
                if (out.position() > offset) {
                    break;
                }
                throw undecodable();
            }
            if (result.isOverflow() || out.position() > offset || endOfInput) {
                break;
            }
            fill();
        }
        int count = out.position() - offset;
        return count == 0 ? -1 : count;
    }

    private ImportParseException undecodable() {
        return new ImportParseException(ImportErrorCode.ENCODING_UNSUPPORTED,
                "bytes that are not valid " + encoding().charset().name() + "; save the file as UTF-8");
    }

    /** Moves unread bytes to the front and reads until the buffer is full or the input ends. */
    private void fill() throws IOException {
        bytes.compact();
        try {
            while (bytes.hasRemaining() && !endOfInput) {
                int read = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
                if (read < 0) {
                    endOfInput = true;
                } else {
                    bytes.position(bytes.position() + read);
                }
            }
        } finally {
            bytes.flip();
        }
    }

    private static CharsetDecoder strictDecoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
