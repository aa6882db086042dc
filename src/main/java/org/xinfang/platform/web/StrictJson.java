package org.xinfang.platform.web;

import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.type.LogicalType;

import java.util.List;

/**
 * A request body is read one way only. A register must not guess: a lenient reading turns a client's bug into a
 * different record (the second of two "title"s, the channel numbered 1, one person for 1.5), so each is refused
 * and the refusal names the field. Only the API's own mapper is strict; reference files are read on their own.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    /** Formats Spring reads and writes when their libraries are on the class path (YAML is, for the API documentation). */
    private static final List<MediaType> OTHER_FORMATS = List.of(MediaType.APPLICATION_YAML, MediaType.APPLICATION_XML,
            MediaType.TEXT_XML, MediaType.APPLICATION_CBOR, new MediaType("application", "x-jackson-smile"));

    @Bean
    JsonMapperBuilderCustomizer oneReadingOnly() {
        return json -> json
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                // "persons": "2" and "title": 12 are a client's bug, not a way of writing 2 or "12"
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                // a misspelt field ("recievedOn") would otherwise be dropped and its default recorded instead
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /**
     * JSON only: Spring would read request bodies in YAML or XML through mappers none of the rules above applies to,
     * and offer them in every 415 and 406. Forms, files and plain text are read by their own converters, which stay.
     */
    @Bean
    ServerHttpMessageConvertersCustomizer jsonBodiesOnly() {
        return converters -> converters.configureMessageConvertersList(list -> list.removeIf(c -> c.getSupportedMediaTypes().stream()
                .anyMatch(type -> OTHER_FORMATS.stream().anyMatch(type::equalsTypeAndSubtype))));
    }
}
