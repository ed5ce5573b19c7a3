package org.fooddelivery.platform.json;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.function.Function;

/**
 * JSON-B as every service reads request bodies: a whole number must be one, and text must be a
 * string. By default JSON-B truncates {@code 1.5} to {@code 1} and accepts it as a quantity or an
 * id, and takes {@code 42} or {@code true} as the text "42" or "true"; here both are a 400.
 */
@Provider
public class StrictJsonb implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withDeserializers(new WholeInteger(), new WholeLong(), new Text()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** The number at the parser, converted exactly; fractions, overflows and non-numbers are refused. */
    static <T> T whole(JsonParser parser, Function<BigDecimal, T> exactly) {
        JsonValue json = parser.getValue();
        if (!(json instanceof JsonNumber number)) {
            throw new JsonbException("expected a whole number, got " + json);
        }
        BigDecimal value = number.bigDecimalValue();
        if (value.stripTrailingZeros().scale() > 0) {
            throw new JsonbException("expected a whole number, got " + value);
        }
        try {
            return exactly.apply(value);
        } catch (ArithmeticException e) {
            throw new JsonbException("number out of range: " + value);
        }
    }

    static final class WholeInteger implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            return whole(parser, BigDecimal::intValueExact);
        }
    }

    static final class Text implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            JsonValue json = parser.getValue();
            if (json.getValueType() == JsonValue.ValueType.NULL) {
                return null; // missing text: bean validation names the field
            }
            if (!(json instanceof JsonString text)) {
                throw new JsonbException("expected a string, got " + json);
            }
            return text.getString();
        }
    }

    static final class WholeLong implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            return whole(parser, BigDecimal::longValueExact);
        }
    }
}
