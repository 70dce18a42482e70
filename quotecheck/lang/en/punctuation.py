"""Quotation marks and dialogue dashes of English typography."""

# double curly quotes first (both US and UK press), then single curly quotes (UK house styles
# quote with them first), then straight quotes typed on keyboards; then the mixed pairs of
# copy-edited wire text (“…" and "…”, ‘‘…” typed for “…”), and two apostrophes typed for a double
# quote (''…'', the convention of some newspaper archives; ``…'' from TeX-style sources)
QUOTE_PAIRS = (("“", "”"), ("‘", "’"), ('"', '"'), ("“", '"'), ('"', "”"), ("‘", "”"), ("''", "''"), ("``", "''"))

# em and en dash open an interview or dialogue line in transcripts
DIALOGUE_DASHES = ("—", "–")

# "Q:" / "A:" (question, answer) open the lines of a printed interview
INTERVIEW_MARKERS = ("Q", "A")

# a byline naming who asks the questions of an interview (lower case, as matched)
INTERVIEWER_MARKERS = ("interview conducted by",)

# a period after these (and after the language's titles) does not end a sentence
ABBREVIATIONS = frozenset({"etc", "vs", "e.g", "i.e", "No", "no", "vol", "p", "pp", "St", "Jr", "Sr", "Gov", "Sen", "Rep", "Gen", "Col", "Capt", "Lt", "Sgt", "Inc", "Ltd", "Corp", "Co", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec", "U.S", "U.K"})
