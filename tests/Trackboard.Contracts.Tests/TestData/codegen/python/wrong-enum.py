from collections.abc import Mapping

from trackboard import track_signup_completed


class Client:
    def track(self, event: str, properties: Mapping[str, object], context: Mapping[str, object]) -> None:
        pass


track_signup_completed(Client(), {"signup_method": "twitter", "user_id": "usr_123"})
