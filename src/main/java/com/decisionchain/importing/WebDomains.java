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
        String host = website.strip().toLowerCase(Locale.ROOT).replaceFirst("^[a-z][a-z0-9+.-]*://", "");
        host = host.split("[/?#:]", 2)[0].replaceFirst("^www\\d*\\.", "");
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return host.contains(".") ? host : null;
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
