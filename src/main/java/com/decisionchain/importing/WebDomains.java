package com.decisionchain.importing;

import java.util.Locale;
import java.util.Set;

/** Web domains as company evidence: from a website or a work e-mail, never from free mail. */
public final class WebDomains {

    /**
     * Personal-mail domains. The sample data uses the reserved {@code example.*} domains for personal
     * addresses, so they count as free mail too.
     */
    private static final Set<String> FREE_MAIL = Set.of(
            "example.com", "example.org", "example.net",
            "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "hotmail.co.uk", "live.com", "msn.com",
            "yahoo.com", "yahoo.co.uk", "yahoo.co.jp", "ymail.com", "aol.com", "icloud.com", "me.com", "mac.com",
            "proton.me", "protonmail.com", "gmx.de", "gmx.net", "gmx.com", "web.de", "mail.ru", "yandex.ru", "yandex.com",
            "zoho.com", "naver.com", "hanmail.net", "rediffmail.com",
            "qq.com", "foxmail.com", "163.com", "126.com", "yeah.net", "sina.com", "sina.cn", "sohu.com", "139.com", "aliyun.com");

    private WebDomains() {
    }

    /**
     * The registrable host of a website as vendors write it ({@code www.beichen-digital.test},
     * {@code https://example.org/about}): lower-cased, without scheme, {@code www.}, port, path or trailing dot.
     *
     * @return the domain, or null when there is none
     */
    public static String fromWebsite(String website) {
        if (website == null || website.isBlank()) {
            return null;
        }
        String address = website.strip().toLowerCase(Locale.ROOT);
        int start = afterScheme(address);
        String host = address.substring(start, endOfHost(address, start));
        host = host.substring(afterWww(host));
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return host.contains(".") ? host : null;
    }

    /** Where a leading {@code scheme://} ({@code [a-z][a-z0-9+.-]*://}) ends; 0 without one. */
    static int afterScheme(String text) {
        if (text.isEmpty() || text.charAt(0) < 'a' || text.charAt(0) > 'z') {
            return 0;
        }
        int i = 1;
        while (i < text.length() && isSchemeChar(text.charAt(i))) {
            i++;
        }
        return text.startsWith("://", i) ? i + 3 : 0;
    }

    private static boolean isSchemeChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '.' || c == '-';
    }

    /** Where a leading {@code www.}, {@code www2.} ... ends; 0 without one. */
    private static int afterWww(String host) {
        if (!host.startsWith("www")) {
            return 0;
        }
        int i = 3;
        while (i < host.length() && host.charAt(i) >= '0' && host.charAt(i) <= '9') {
            i++;
        }
        return host.startsWith(".", i) ? i + 1 : 0;
    }

    /** Where the host ends: at the first path, query, fragment or port delimiter. */
    private static int endOfHost(String text, int start) {
        for (int i = start; i < text.length(); i++) {
            if ("/?#:".indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    /** The domain of a work address; null for free mail or a malformed address. */
    public static String workEmailDomain(String email) {
        String domain = EmailAddresses.domain(email);
        return domain == null || isFreeMail(domain) ? null : domain;
    }

    /** True for a personal-mail provider or any of its subdomains. */
    public static boolean isFreeMail(String domain) {
        String candidate = domain.toLowerCase(Locale.ROOT);
        while (true) {
            if (FREE_MAIL.contains(candidate)) {
                return true;
            }
            int dot = candidate.indexOf('.');
            if (dot < 0) {
                return false;
            }
            candidate = candidate.substring(dot + 1);
        }
    }
}
