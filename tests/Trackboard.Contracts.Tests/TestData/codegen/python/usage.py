import json
from collections.abc import Mapping

from trackboard import track_signup_completed


class PrintingClient:
    def track(self, event: str, properties: Mapping[str, object], context: Mapping[str, object]) -> None:
        print(json.dumps({"event": event, "properties": properties, "context": context}))


track_signup_completed(PrintingClient(), {"signup_method": "google", "user_id": "usr_123"}, {"app": {"version": "1.2.3"}})
