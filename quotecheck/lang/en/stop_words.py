"""Frequent English function words, used to vote for the language of short texts.

Characteristic of English: words spelled the same and frequent in French, German, Spanish,
Italian or Portuguese ("a", "in", "do", "no", "me", "so", "come", "same", "more", "on", "as",
"also", "was") are left out so that they do not blur the vote; contractions are kept with both
apostrophes.
"""

_WORDS = """
the of and to is for that with at by from it its this are were be been being has
have had will would could should can may might must shall not but or if than then there their
they them he his him she her hers we our us you your my mine who whom whose which what when
where why how about after before into over under between against during without within while
because although though since until only even still very much many most some any
each every all both other another such these those here said says one two three first new
out up down off again further once just yet ever never always often already however therefore
meanwhile instead whether either neither nor upon through around among across toward towards
did does done doing having get got anyone someone everyone nothing something
""".split()

_CONTRACTIONS = """
don't doesn't didn't isn't wasn't aren't weren't won't wouldn't can't couldn't shouldn't
haven't hasn't hadn't it's that's there's he's she's they're we're i'm i've we've they've
""".split()

STOP_WORDS = frozenset(_WORDS + _CONTRACTIONS + [w.replace("'", "’") for w in _CONTRACTIONS])
