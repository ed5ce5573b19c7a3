package org.fooddelivery.platform.problem;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.function.Function;

/**
 * Numbers in query, path and header parameters. Jakarta REST answers a value it cannot convert
 * ({@code ?page=abc}) with 404, as if the resource did not exist; this converter makes it the
 * client's mistake it is, a 400 problem naming the parameter and the value.
 */
@Provider
public class NumericParameters implements ParamConverterProvider {

    private static final Map<Class<?>, Function<String, ?>> PARSERS = Map.of(
            int.class, Integer::valueOf, Integer.class, Integer::valueOf,
            long.class, Long::valueOf, Long.class, Long::valueOf,
            double.class, NumericParameters::finiteDouble, Double.class, NumericParameters::finiteDouble);

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Function<String, ?> parser = PARSERS.get(rawType);
        if (parser == null) {
            return null;
        }
        String name = parameterName(annotations);
        boolean whole = rawType != double.class && rawType != Double.class;
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return (T) parser.apply(value.strip());
                } catch (NumberFormatException e) {
                    throw new BadRequestException(name + " must be " + (whole ? "a whole number" : "a number")
                            + ", not '" + value + "'");
                }
            }

            @Override
            public String toString(T value) {
                return String.valueOf(value);
            }
        };
    }

    private static Double finiteDouble(String value) {
        double parsed = Double.parseDouble(value);
        if (!Double.isFinite(parsed)) {
            throw new NumberFormatException(value);
        }
        return parsed;
    }

    private static String parameterName(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return "query parameter " + query.value();
            }
            if (annotation instanceof PathParam path) {
                return "path parameter " + path.value();
            }
            if (annotation instanceof HeaderParam header) {
                return "header " + header.value();
            }
        }
        return "parameter";
    }
}
