"""Role and function nouns that name a speaker: {role: gender or None}.

Lower case (the engine lower-cases role phrases before matching); acronyms keep their capitals
for readability ("CEO"), which the engine lower-cases too. Gender only where the word shows it
("spokeswoman", "chairman"). A complement ("of the Fed", "at Google") is read by the engine and
not listed. Common plurals are listed as well: news text quotes "officials" and "experts".
"""

_NEUTRAL = """
president|vice president|vice-president|president-elect|prime minister|deputy prime minister|
taoiseach|tánaiste|
minister|foreign minister|finance minister|defence minister|defense minister|interior minister|
health minister|minister of state|secretary|secretary of state|foreign secretary|home secretary|
health secretary|defense secretary|defence secretary|treasury secretary|press secretary|
secretary-general|secretary general|spokesperson|chancellor|
chief executive|chief executive officer|CEO|chief financial officer|CFO|chief operating officer|
executive|director|director general|director-general|managing director|head|chief|
coach|head coach|manager|general manager|team manager|player|captain|skipper|striker|midfielder|
defender|goalkeeper|lawyer|attorney|attorney general|district attorney|prosecutor|
public prosecutor|judge|justice|chief justice|magistrate|solicitor|barrister|defendant|
plaintiff|suspect|mayor|senator|governor|lawmaker|legislator|representative|MP|
member of parliament|councillor|council member|commissioner|ambassador|envoy|diplomat|
official|senior official|government official|analyst|economist|expert|researcher|scientist|
professor|academic|historian|doctor|physician|surgeon|nurse|psychologist|epidemiologist|
witness|resident|neighbour|neighbor|victim|survivor|relative|friend|colleague|
leader|party leader|opposition leader|union leader|chair|chairperson|founder|co-founder|owner|
investor|shareholder|board member|activist|campaigner|protester|candidate|
adviser|advisor|aide|consultant|strategist|pollster|chief of staff|
national security adviser|commander|general|officer|police officer|police chief|
sheriff|detective|investigator|inspector|regulator|author|writer|journalist|reporter|editor|
teacher|student|worker|employee|farmer|pilot|engineer|priest|bishop|archbishop|
cardinal|imam|rabbi|pastor|monarch|negotiator|mediator|organiser|organizer|
supporter|backer|ally|critic|voter|staffer|donor|operative|insider|delegate|surrogate|
source|commenter|observer|member|participant|attendee|
""".replace("\n", "").split("|")

_PLURAL = """
officials|experts|analysts|economists|researchers|scientists|residents|witnesses|
prosecutors|lawyers|doctors|activists|protesters|lawmakers|legislators|police officers|
investigators|diplomats|leaders|ministers|sources|workers|students|neighbours|neighbors|
supporters|backers|allies|critics|voters|staffers|donors|operatives|insiders|delegates|aides|
advisers|advisors|strategists|pollsters|
""".replace("\n", "").split("|")

ROLE_NOUNS = {
    **{role: None for role in _NEUTRAL + _PLURAL if role},
    "spokesman": "m", "spokeswoman": "f",
    "chairman": "m", "chairwoman": "f",
    "congressman": "m", "congresswoman": "f",
    "businessman": "m", "businesswoman": "f",
    "policeman": "m", "policewoman": "f",
    "councilman": "m", "councilwoman": "f",
    "headmaster": "m", "headmistress": "f",
    "king": "m", "queen": "f",
    "prince": "m", "princess": "f",
    "duke": "m", "duchess": "f",
    "pope": "m", "actress": "f", "actor": None,
    "mother": "f", "father": "m",
    "son": "m", "daughter": "f",
    "wife": "f", "husband": "m", "widow": "f", "widower": "m",
    "brother": "m", "sister": "f",
    "boyfriend": "m", "girlfriend": "f",
    "first lady": "f",
}
