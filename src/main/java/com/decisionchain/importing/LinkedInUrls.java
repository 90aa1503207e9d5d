package com.decisionchain.importing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** LinkedIn profile URLs reduced to a comparable key. */
public final class LinkedInUrls {

    private static final String HOST = "linkedin.com";
    private static final String PROFILE_PATH = "/in/";

    private LinkedInUrls() {
    }

    /**
     * The profile key {@code linkedin.com/in/<slug>}: lower-cased, without scheme, subdomain ({@code www.}),
     * query, fragment or trailing {@code /}; a percent-encoded slug is decoded so both spellings compare equal.
     * The URL is an optional {@code scheme://}, {@code linkedin.com} or a subdomain of it (labels of
     * {@code a-z 0-9 -}), then {@code /in/} and a non-empty slug up to the next {@code /}.
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
        int hostStart = WebDomains.afterScheme(text);
        int hostEnd = text.indexOf('/', hostStart);
        if (hostEnd < 0 || !isLinkedInHost(text.substring(hostStart, hostEnd)) || !text.startsWith(PROFILE_PATH, hostEnd)) {
            return null;
        }
        int slugStart = hostEnd + PROFILE_PATH.length();
        int slugEnd = text.indexOf('/', slugStart);
        String slug = text.substring(slugStart, slugEnd < 0 ? text.length() : slugEnd);
        if (slug.isEmpty()) {
            return null;
        }
        return "linkedin.com/in/" + URLDecoder.decode(slug.replace("+", "%2B"), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
    }

    /** {@code linkedin.com} itself or any subdomain (www., de., m.) whose labels are {@code a-z 0-9 -}. */
    private static boolean isLinkedInHost(String host) {
        if (!host.endsWith(HOST)) {
            return false;
        }
        String subdomain = host.substring(0, host.length() - HOST.length());
        if (subdomain.isEmpty()) {
            return true;
        }
        if (!subdomain.endsWith(".") || subdomain.startsWith(".") || subdomain.contains("..")) {
            return false;
        }
        for (int i = 0; i < subdomain.length(); i++) {
            char c = subdomain.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    private static int indexOfAny(String text, char first, char second) {
        int a = text.indexOf(first);
        int b = text.indexOf(second);
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }
}
