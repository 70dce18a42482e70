"""Possessive endings glued to a name: "Kerr's campaign" is what Kerr owns, and speaks for Kerr."""

POSSESSIVE_ENDINGS = ("'s", "’s", "'", "’")
