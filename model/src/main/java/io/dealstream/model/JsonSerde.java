package io.dealstream.model;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** A Kafka serde that writes and reads one JSON type of the contract with {@link Json#MAPPER}. */
public final class JsonSerde<T> implements Serde<T> {

    private final JavaType type;
    private final ObjectMapper mapper;

    public JsonSerde(Class<T> type) {
        this(Json.MAPPER.constructType(type));
    }

    public JsonSerde(JavaType type) {
        this.type = type;
        this.mapper = Json.MAPPER;
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, data) -> {
            if (data == null) {
                return null;
            }
            try {
                return mapper.writeValueAsBytes(data);
            } catch (IOException e) {
                throw new SerializationException("cannot write " + type + " for topic " + topic, e);
            }
        };
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try {
                return mapper.readValue(bytes, type);
            } catch (IOException e) {
                throw new SerializationException("cannot read " + type + " from topic " + topic + ": " + e.getMessage(), e);
            }
        };
    }
}
