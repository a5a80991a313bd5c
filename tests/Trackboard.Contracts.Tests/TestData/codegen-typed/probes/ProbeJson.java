package probejson;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Prints what a recording client received as the JSON the probes compare: integers without a point, doubles with one. */
public final class ProbeJson {
    private ProbeJson() {
    }

    public static String write(Object value) {
        StringBuilder builder = new StringBuilder();
        write(builder, value);
        return builder.toString();
    }

    private static void write(StringBuilder builder, Object value) {
        if (value == null) {
            builder.append("null");
        } else if (value instanceof String text) {
            string(builder, text);
        } else if (value instanceof Boolean flag) {
            builder.append(flag ? "true" : "false");
        } else if (value instanceof Long integer) {
            builder.append(integer.toString());
        } else if (value instanceof Double number) {
            builder.append(number.toString());
        } else if (value instanceof Map<?, ?> map && map.keySet().stream().allMatch(k -> k instanceof String)) {
            TreeMap<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put((String) k, v));
            builder.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> entry : sorted.entrySet()) {
                builder.append(first ? "" : ",");
                string(builder, entry.getKey());
                builder.append(':');
                write(builder, entry.getValue());
                first = false;
            }
            builder.append('}');
        } else if (value instanceof List<?> list) {
            builder.append('[');
            for (int i = 0; i < list.size(); i++) {
                builder.append(i == 0 ? "" : ",");
                write(builder, list.get(i));
            }
            builder.append(']');
        } else {
            builder.append("{\"$unexpected\":");
            string(builder, value.getClass().getName());
            builder.append('}');
        }
    }

    private static void string(StringBuilder builder, String text) {
        builder.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                builder.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                builder.append(String.format("\\u%04x", (int) c));
            } else {
                builder.append(c);
            }
        }
        builder.append('"');
    }
}
