package com.decisionchain.tenancy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.jwt.JsonWebToken;

/** Reads a claim by dotted path ({@code realm_access.roles}) from a verified token. */
final class Claims {

    private Claims() {
    }

    static Object at(JsonWebToken token, String path) {
        String[] segments = path.split("\\.");
        Object value = token.getClaim(segments[0]);
        for (int i = 1; i < segments.length && value != null; i++) {
            value = child(value, segments[i]);
        }
        return value;
    }

    private static Object child(Object value, String name) {
        if (value instanceof JsonObject object) {
            return object.get(name);
        }
        if (value instanceof Map<?, ?> map) {
            return map.get(name);
        }
        return null;
    }

    static String text(Object value) {
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value instanceof String string) {
            return string;
        }
        return null;
    }

    static List<String> texts(Object value) {
        List<String> result = new ArrayList<>();
        if (value instanceof JsonArray array) {
            for (JsonValue item : array) {
                String text = text(item);
                if (text != null) {
                    result.add(text);
                }
            }
        } else if (value instanceof Collection<?> collection) {
            for (Object item : collection) {
                String text = item instanceof String s ? s : text(item);
                if (text != null) {
                    result.add(text);
                }
            }
        } else if (text(value) != null) {
            result.add(text(value));
        }
        return result;
    }
}
