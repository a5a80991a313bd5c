"""Calls the generated helpers. trackboard.track_product_viewed(client, {}) in a docstring is not a call."""
from gen import trackboard

# track_product_viewed(client, {}) in a comment
MESSAGE = "track_product_viewed(client, {})"
RAW = r'track_product_viewed(client)\' still the string'
BLOCK = '''
track_product_viewed(client, {})
'''


def track_product_viewed_later() -> None:
    pass


def on_signup(client: trackboard.TrackboardClient) -> None:
    trackboard.track_signup_completed(client, {"signup_method": "email", "user_id": "u1"})


def on_checkout(client: trackboard.TrackboardClient) -> str:
    return f"{{not a hole track_product_viewed(x)}} sent {trackboard.track_checkout_completed(client, {'order_id': 'o'})}"
