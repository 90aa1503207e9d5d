package com.decisionchain.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The normalisers scan text by hand instead of with regular expressions and skip Unicode normalisation for
 * ASCII; these tests hold them to the definitions they replace, on awkward inputs.
 */
class NormalizerShortcutsTest {

    private static final List<String> TEXTS = List.of("", " ", "a", "a b", "a  b", " a b ", "a\tb", "a \t b", "a\u000Bb", "a\fb",
            "a\r\nb", "\t", "  ", "a\u00A0b", "a\u2003 b", "a\u001Fb", "x@y.z", "@y.z", "x@.z", "x@y.", "x@y", "x@@y.z", "x@y@z.w",
            "x y@z.w", "x@y..z", "x@.y.z", "x@y.z.", "x.y@z", " x@y.z ", "x@y\t.z", "x\u00A0@y.z", "Ünï@cödé.de", "a.b.c@d.e.f",
            "www.example.org", "www2.example.org", "wwwexample.org", "www.", "www12x.example.org", "https://www.example.org/about",
            "HTTP://Example.org:8080", "ftp+x.-1://host.test", "1http://host.test", "http:/host.test", "://host.test", "mailto:x@y.z",
            "host.test?x=1#y", "host.test#top", "a:b", "/path", "https://", "www.example.org.", "é://host.test", "http://www3.x.y/");

    @Test
    void emailValidityIsTheLooseShape() {
        Pattern shape = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
        for (String text : TEXTS) {
            assertEquals(shape.matcher(text.strip()).matches(), EmailAddresses.isValid(text), text);
        }
    }

    @Test
    void whiteSpaceCollapsesLikeTheRegularExpression() {
        Pattern whiteSpace = Pattern.compile("\\s+");
        for (String text : TEXTS) {
            assertEquals(whiteSpace.matcher(text).replaceAll(" "), PersonNames.collapseWhiteSpace(text), text);
        }
    }

    @Test
    void websiteDomainsCutLikeTheRegularExpressions() {
        for (String text : TEXTS) {
            assertEquals(domainByRegularExpressions(text), WebDomains.fromWebsite(text), text);
        }
    }

    @Test
    void linkedInProfileKeysCutLikeTheRegularExpression() {
        List<String> urls = List.of("linkedin.com/in/a", "https://www.linkedin.com/in/a/", "http://de.linkedin.com/in/a/b",
                "HTTPS://M.LinkedIn.com/IN/A?x=1", "www.linkedin.com/in/", "www.linkedin.com/in//a", "linkedin.com/company/x",
                "notlinkedin.com/in/a", "x.notlinkedin.com/in/a", ".linkedin.com/in/a", "a..linkedin.com/in/a", "a_b.linkedin.com/in/a",
                "-.linkedin.com/in/a", "a.b-c.linkedin.com/in/a", "http//linkedin.com/in/a", "1http://linkedin.com/in/a",
                "ftp+x.-1://linkedin.com/in/a", "https://linkedin.com:443/in/a", "linkedin.com/in/a#x/y", "linkedin.com/in/%E9%99%88",
                "linkedin.com/in/a+b", "linkedin.com/in/a:b", "https://linkedin.com.evil.test/in/a", "https://www.linkedin.com/in/a b",
                "linkedin.com", "linkedin.com/in", "é.linkedin.com/in/a", "://linkedin.com/in/a", "https://", " ");
        for (String url : urls) {
            assertEquals(profileKeyByRegularExpression(url), LinkedInUrls.profileKey(url), url);
        }
    }

    @Test
    void asciiNamesNeedNoUnicodeNormalisation() {
        for (String text : TEXTS) {
            String full = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
            String exact = Pattern.compile("\\s+").matcher(full).replaceAll(" ").toLowerCase(Locale.ROOT);
            String expected = exact.isEmpty() ? null : exact + "|" + exact;
            assertEquals(expected, PersonNames.exactKey(text, text), text);
        }
        assertEquals("jose|martinez", PersonNames.foldedKey("Jose", "Martinez"));
        assertEquals("ab cd|x", PersonNames.foldedKey(" AB \t cd ", "x"));
    }

    @Test
    void hanIsFoundWhereverItIs() {
        for (String text : List.of("李", "a李", "Li 娜", "\u2E80", "\u3007", "𠀀", "x𠀀")) {
            assertEquals(true, PersonNames.containsHan(text), text);
        }
        for (String text : List.of("", "Li", "ガ", "\u2E7F", "한", "Ünï")) {
            assertEquals(false, PersonNames.containsHan(text), text);
        }
    }

    @Test
    void noCodePointBeforeTheRadicalsSupplementIsHan() {
        for (int c = 0; c < 0x2E80; c++) {
            assertEquals(false, Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN, Integer.toHexString(c));
        }
    }

    private static String profileKeyByRegularExpression(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String text = url.strip().toLowerCase(Locale.ROOT).split("[?#]", 2)[0];
        Matcher matcher = Pattern.compile("^(?:[a-z][a-z0-9+.-]*://)?(?:[a-z0-9-]+\\.)*linkedin\\.com/in/([^/]+)").matcher(text);
        if (!matcher.find()) {
            return null;
        }
        return "linkedin.com/in/" + URLDecoder.decode(matcher.group(1).replace("+", "%2B"), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
    }

    private static String domainByRegularExpressions(String website) {
        if (website == null || website.isBlank()) {
            return null;
        }
        String host = website.strip().toLowerCase(Locale.ROOT).replaceFirst("^[a-z][a-z0-9+.-]*://", "");
        host = host.split("[/?#:]", 2)[0].replaceFirst("^www\\d*\\.", "");
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return host.contains(".") ? host : null;
    }
}
