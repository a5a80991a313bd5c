package probejson

/** Prints what a recording client received as the JSON the probes compare: integers without a point, doubles with one. */
object ProbeJson {
    fun write(value: Any?): String {
        val builder = StringBuilder()
        write(builder, value)
        return builder.toString()
    }

    /** One recorded call, in the shape every probe prints. */
    fun call(type: String, keyName: String, key: String?, payloadName: String, payload: Map<String, Any?>, context: Map<String, Any?>): Map<String, Any?> =
        linkedMapOf("type" to type, keyName to key, payloadName to payload, "context" to context)

    private fun write(builder: StringBuilder, value: Any?) {
        when (value) {
            null -> builder.append("null")
            is String -> string(builder, value)
            is Boolean -> builder.append(if (value) "true" else "false")
            is Long -> builder.append(value.toString())
            is Double -> builder.append(value.toString())
            is Map<*, *> -> {
                if (!value.keys.all { it is String }) {
                    unexpected(builder, value)
                    return
                }
                builder.append('{')
                value.entries.sortedBy { it.key as String }.forEachIndexed { i, entry ->
                    if (i > 0) builder.append(',')
                    string(builder, entry.key as String)
                    builder.append(':')
                    write(builder, entry.value)
                }
                builder.append('}')
            }
            is List<*> -> {
                builder.append('[')
                value.forEachIndexed { i, item ->
                    if (i > 0) builder.append(',')
                    write(builder, item)
                }
                builder.append(']')
            }
            else -> unexpected(builder, value)
        }
    }

    private fun unexpected(builder: StringBuilder, value: Any) {
        builder.append("{\"\$unexpected\":")
        string(builder, value.javaClass.name)
        builder.append('}')
    }

    private fun string(builder: StringBuilder, text: String) {
        builder.append('"')
        for (c in text) {
            when {
                c == '"' || c == '\\' -> builder.append('\\').append(c)
                c.toInt() < 0x20 || c.toInt() > 0x7e -> builder.append(String.format("\\u%04x", c.toInt()))
                else -> builder.append(c)
            }
        }
        builder.append('"')
    }
}
