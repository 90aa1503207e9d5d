package com.decisionchain.roi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.decisionchain.common.FieldError;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The JSON form of ROI requests and results, shared by the REST endpoint and saved scenarios so
 * both speak exactly the same JSON.
 *
 * <p>Reading is strict, because a silently ignored member changes money: unknown or duplicate
 * members, strings or booleans where a number belongs, and fractions where a whole number belongs
 * are errors naming the member. Numbers are read straight into {@link BigDecimal}, never through
 * binary floating point. Writing prints every BigDecimal as a plain JSON number (no exponent).
 */
public final class RoiJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    private static final ObjectReader REQUEST_READER = MAPPER.readerFor(RoiRequest.class);
    private static final ObjectWriter REQUEST_WRITER = MAPPER.writerFor(RoiRequest.class);

    /** The calculator's fixed conventions as a JSON array, encoded once. */
    private static final SerializableString CONVENTIONS = new SerializedString(encodedConventions());

    /** Jackson's message for a member given twice (strict duplicate detection). */
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");

    /** The whole body, when the problem is not one member. */
    public static final String BODY = "body";

    private RoiJson() {
    }

    /** The parsed request, or the one field error that stops it from being read. */
    public sealed interface Parsed permits Parsed.Request, Parsed.Invalid {
        record Request(RoiRequest request) implements Parsed {
        }

        record Invalid(FieldError error) implements Parsed {
        }
    }

    public static Parsed read(byte[] json) {
        if (json.length == 0) {
            return new Parsed.Invalid(new FieldError(BODY, "is required: a JSON object with the ROI request"));
        }
        try {
            RoiRequest request = REQUEST_READER.readValue(json);
            return request == null
                    ? new Parsed.Invalid(new FieldError(BODY, "must be a JSON object"))
                    : new Parsed.Request(request);
        } catch (JsonMappingException mapping) {
            return new Parsed.Invalid(describe(mapping));
        } catch (JsonProcessingException syntax) {
            Matcher duplicate = DUPLICATE.matcher(syntax.getOriginalMessage());
            return new Parsed.Invalid(duplicate.lookingAt()
                    ? new FieldError(duplicate.group(1), "is given twice")
                    : new FieldError(BODY, "is not valid JSON" + at(syntax)));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /**
     * The result as UTF-8 JSON (the HTTP answer, and a saved scenario as text): members in the order
     * of the records' components, nulls written, numbers plain, exactly what Jackson's data binding
     * writes for {@link RoiResult} (a test holds the two equal). Written member by member on the
     * streaming API because every ROI answer passes here: no reflection, and the fixed conventions,
     * about half of each answer, go out as bytes encoded once.
     */
    public static byte[] bytes(RoiResult result) {
        ByteArrayBuilder out = new ByteArrayBuilder(4096);
        try (JsonGenerator json = MAPPER.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("currency", result.currency());
            json.writeNumberField("roiPercent", result.roiPercent());
            json.writeNumberField("totalBenefit", result.totalBenefit());
            json.writeNumberField("totalCost", result.totalCost());
            json.writeNumberField("netBenefit", result.netBenefit());
            json.writeNumberField("npv", result.npv());
            json.writeNumberField("irrPercent", result.irrPercent());
            json.writeStringField("irrNote", result.irrNote());
            writeNumberField(json, "paybackMonths", result.paybackMonths());
            json.writeArrayFieldStart("years");
            for (RoiYear year : result.years()) {
                json.writeStartObject();
                json.writeNumberField("year", year.year());
                json.writeNumberField("benefit", year.benefit());
                json.writeNumberField("cost", year.cost());
                json.writeNumberField("net", year.net());
                json.writeNumberField("cumulativeNet", year.cumulativeNet());
                json.writeNumberField("discountedNet", year.discountedNet());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("sensitivity");
            for (RoiSensitivityRow row : result.sensitivity()) {
                json.writeStartObject();
                json.writeNumberField("benefitChange", row.benefitChange());
                json.writeNumberField("totalBenefit", row.totalBenefit());
                json.writeNumberField("netBenefit", row.netBenefit());
                json.writeNumberField("roiPercent", row.roiPercent());
                json.writeNumberField("npv", row.npv());
                json.writeNumberField("irrPercent", row.irrPercent());
                writeNumberField(json, "paybackMonths", row.paybackMonths());
                json.writeEndObject();
            }
            json.writeEndArray();
            writeAssumptions(json, result.assumptions());
            json.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("An ROI result could not be written as JSON", e);
        }
        return out.toByteArray();
    }

    private static void writeAssumptions(JsonGenerator json, RoiAssumptions assumptions) throws IOException {
        json.writeObjectFieldStart("assumptions");
        json.writeStringField("currency", assumptions.currency());
        json.writeNumberField("initialCost", assumptions.initialCost());
        json.writeNumberField("annualBenefit", assumptions.annualBenefit());
        json.writeNumberField("years", assumptions.years());
        json.writeNumberField("annualRecurringCost", assumptions.annualRecurringCost());
        json.writeNumberField("discountRate", assumptions.discountRate());
        json.writeNumberField("benefitGrowthRate", assumptions.benefitGrowthRate());
        writeNumbers(json, "rampUp", assumptions.rampUp());
        json.writeArrayFieldStart("paymentSchedule");
        for (PaymentShare payment : assumptions.paymentSchedule()) {
            json.writeStartObject();
            writeNumberField(json, "month", payment.month());
            json.writeNumberField("share", payment.share());
            json.writeEndObject();
        }
        json.writeEndArray();
        writeNumbers(json, "sensitivity", assumptions.sensitivity());
        json.writeFieldName("conventions");
        if (assumptions.conventions() == RoiCalculator.CONVENTIONS) {
            json.writeRawValue(CONVENTIONS);
        } else {
            json.writeStartArray();
            for (String convention : assumptions.conventions()) {
                json.writeString(convention);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void writeNumbers(JsonGenerator json, String name, List<BigDecimal> numbers) throws IOException {
        json.writeArrayFieldStart(name);
        for (BigDecimal number : numbers) {
            json.writeNumber(number);
        }
        json.writeEndArray();
    }

    private static void writeNumberField(JsonGenerator json, String name, Integer number) throws IOException {
        if (number == null) {
            json.writeNullField(name);
        } else {
            json.writeNumberField(name, number.intValue());
        }
    }

    /** The request in canonical form (plain numbers, members in their documented order). */
    public static String write(RoiRequest request) {
        try {
            return REQUEST_WRITER.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An ROI request could not be written as JSON", e);
        }
    }

    private static FieldError describe(JsonMappingException failure) {
        String path = path(failure.getPath());
        if (failure instanceof UnrecognizedPropertyException) {
            return new FieldError(path, "is not a member of the ROI request");
        }
        if (path.isEmpty()) {
            return new FieldError(BODY, "must be a JSON object");
        }
        Class<?> target = failure instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        String expected;
        if (target == BigDecimal.class) {
            expected = "must be a JSON number";
        } else if (target == Integer.class || target == int.class) {
            expected = "must be a whole JSON number";
        } else if (target == String.class) {
            expected = "must be a JSON string";
        } else if (target != null && List.class.isAssignableFrom(target)) {
            expected = "must be a JSON array";
        } else {
            expected = "must be a JSON object";
        }
        return new FieldError(path, expected);
    }

    /** {@code paymentSchedule[1].share} from Jackson's reference chain. */
    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String encodedConventions() {
        try {
            return MAPPER.writeValueAsString(RoiCalculator.CONVENTIONS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The ROI conventions could not be written as JSON", e);
        }
    }

    private static String at(JsonProcessingException failure) {
        return failure.getLocation() == null ? ""
                : " (line " + failure.getLocation().getLineNr() + ", column " + failure.getLocation().getColumnNr() + ")";
    }
}
