package dev.golive.problems.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * How every Golive service reads JSON request bodies: a key given twice is an error (which of two
 * values did the caller mean?), and every text value meets {@link TextRules}. Both end as problem
 * details: 400 for the duplicate key, 422 naming the field for the text.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        SimpleModule texts = new SimpleModule("golive-text-rules");
        texts.addDeserializer(String.class, new CheckedStringDeserializer());
        mapper.registerModule(texts);
    }

    /** Jackson's own string reading, then the text rules. */
    static final class CheckedStringDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            String violation = TextRules.violation(text, TextRules.MAX_LENGTH);
            if (violation != null) {
                throw new InvalidTextException(parser, violation);
            }
            return text;
        }
    }
}
