package org.xinfang.casework.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/** Stores a timeline entry's before/after changes as JSON. */
@Converter
public class JsonMapConverter implements AttributeConverter<Map<String, Object>, String> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public String convertToDatabaseColumn(Map<String, Object> value) {
        return JSON.writeValueAsString(value == null ? Map.of() : value);
    }

    @Override
    public Map<String, Object> convertToEntityAttribute(String json) {
        return json == null ? Map.of() : JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
    }
}
