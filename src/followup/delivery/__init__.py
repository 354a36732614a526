"""The outside world: email, replies, calendars, cards, video. Heavy imports stay lazy."""
