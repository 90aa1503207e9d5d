package com.decisionchain.importing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** LinkedIn profile URLs reduced to a comparable key. */
public final class LinkedInUrls {

    // Optional scheme, any subdomain (www., de., m.), then /in/<slug>; query, fragment and trailing / are cut before.
    private static final Pattern PROFILE = Pattern.compile("^(?:[a-z][a-z0-9+.-]*://)?(?:[a-z0-9-]+\\.)*linkedin\\.com/in/([^/]+)");

    private LinkedInUrls() {
    }

    /**
     * The profile key {@code linkedin.com/in/<slug>}: lower-cased, without scheme, subdomain ({@code www.}),
     * query, fragment or trailing {@code /}; a percent-encoded slug is decoded so both spellings compare equal.
     *
     * @return the key, or null when {@code url} is blank or not a LinkedIn profile (e.g. a company page)
     */
    public static String profileKey(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String text = url.strip().toLowerCase(Locale.ROOT);
        int cut = indexOfAny(text, '?', '#');
        if (cut >= 0) {
            text = text.substring(0, cut);
        }
        Matcher matcher = PROFILE.matcher(text);
        if (!matcher.find()) {
            return null;
        }
        String slug = URLDecoder.decode(matcher.group(1).replace("+", "%2B"), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        return "linkedin.com/in/" + slug;
    }

    private static int indexOfAny(String text, char first, char second) {
        int a = text.indexOf(first);
        int b = text.indexOf(second);
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }
}
