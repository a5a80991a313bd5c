package __PROBE__;

import __PLAN__.TrackboardClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Records every call; methods for calls a contract does not define are simply unused. */
public final class RecordingClient implements TrackboardClient {
    public final List<Object> calls = new ArrayList<>();

    public void track(String event, Map<String, Object> properties, Map<String, Object> context) {
        calls.add(call("track", "event", event, "properties", properties, context));
    }

    public void identify(String userId, Map<String, Object> traits, Map<String, Object> context) {
        calls.add(call("identify", "userId", userId, "traits", traits, context));
    }

    public void group(String groupId, Map<String, Object> traits, Map<String, Object> context) {
        calls.add(call("group", "groupId", groupId, "traits", traits, context));
    }

    public void page(String name, Map<String, Object> properties, Map<String, Object> context) {
        calls.add(call("page", "name", name, "properties", properties, context));
    }

    public void screen(String name, Map<String, Object> properties, Map<String, Object> context) {
        calls.add(call("screen", "name", name, "properties", properties, context));
    }

    private static Map<String, Object> call(String type, String keyName, String key, String payloadName, Map<String, Object> payload, Map<String, Object> context) {
        Map<String, Object> call = new LinkedHashMap<>();
        call.put("type", type);
        call.put(keyName, key);
        call.put(payloadName, payload);
        call.put("context", context);
        return call;
    }
}
