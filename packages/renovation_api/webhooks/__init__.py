"""Webhooks: signed deliveries of the feed's events to the systems that subscribe to them."""
