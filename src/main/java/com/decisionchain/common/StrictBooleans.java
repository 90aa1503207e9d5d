package com.decisionchain.common;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Locale;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * {@link Boolean} parameters are {@code true} or {@code false}, in any case, or absent or empty (null). By default
 * JAX-RS reads anything else as false, so a client asking for {@code dryRun=1} would get the opposite of what it
 * meant; here it is refused instead, naming the parameter.
 */
@Provider
public class StrictBooleans implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        // A primitive's absence arrives as its default, which for boolean is "0": only Boolean can tell it apart.
        if (rawType != Boolean.class) {
            return null;
        }
        String name = parameterName(annotations);
        return (ParamConverter<T>) new ParamConverter<Boolean>() {
            @Override
            public Boolean fromString(String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                return switch (value.strip().toLowerCase(Locale.ROOT)) {
                    case "true" -> true;
                    case "false" -> false;
                    default -> throw ApiException.invalid(name, "must be true or false");
                };
            }

            @Override
            public String toString(Boolean value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static String parameterName(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            String name = annotation instanceof RestForm form ? form.value()
                    : annotation instanceof RestQuery query ? query.value()
                    : annotation instanceof FormParam form ? form.value()
                    : annotation instanceof QueryParam query ? query.value() : "";
            if (!name.isEmpty()) {
                return name;
            }
        }
        return "parameter";
    }
}
