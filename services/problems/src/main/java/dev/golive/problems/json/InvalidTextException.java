package dev.golive.problems.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A text of a request body that breaks {@link TextRules}: answered as a 422 naming the field
 * (the body is well-formed JSON, one of its values is not acceptable).
 */
public class InvalidTextException extends JsonMappingException {

    public InvalidTextException(JsonParser parser, String message) {
        super(parser, message);
    }
}
