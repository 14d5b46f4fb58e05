"""The patterns learning reads an article with: casting, roles, speech, show cues (compiled once)."""

from __future__ import annotations

import re
from functools import lru_cache

from tui.analysis.names import DEMONYMS, INVERTED_SPEECH_VERBS, ROLE_WORDS, SPEECH_VERBS, words

NAME_WORD = r"[A-Z\u00c0-\u00d6\u00d8-\u00de][a-zA-Z\u00c0-\u024f]*(?:['’-][A-Za-z\u00c0-\u024f]+)*"
# A middle initial stays inside the name: "Paul W. Downs", never "Paul W".
_INITIAL = r"(?: (?:(?:[A-Z]\.){1,3}|St\.)(?= [A-Z]))?"  # "Paul W. Downs", "Muriel St. Claire"
# "James Pickens Jr.": a generational suffix belongs to the name.
_SUFFIX = r"(?:(?<= Jr)\.|(?<= Sr)\.|,? (?:Jr|Sr)\.)?"
# "Agnes van Rhijn", "Guillermo de la Cruz": a lower-case particle may join the words of a name.
_JOIN = r"(?: (?:van der|van den|van|von|de la|de los|del|della|de|da|di|du|dos|das|le|la) | )"
_NAME1_3 = rf"{NAME_WORD}{_INITIAL}(?:{_JOIN}{NAME_WORD}){{0,2}}{_SUFFIX}"
_NAME2_3 = rf"{NAME_WORD}{_INITIAL}(?:{_JOIN}{NAME_WORD}){{1,2}}{_SUFFIX}"
# "A.J. Soprano (Robert Iler)": initials may stand for a character's given names; read just before a
# casting match (an alternative at the start of every name pattern would slow them all).
INITIALS_BEFORE = re.compile(r"\b(?:[A-Z]\.){2,3} $")
# "showrunner I. Marlene King", "J. Smith-Cameron": a leading initial, read where a role announces a name.
_LEAD_INITIAL = r"(?:[A-Z]\. (?=[A-Z][a-z]))?"
_NAMES = rf"{_NAME2_3}(?:(?:, and |, | and | & ){_NAME2_3}){{0,3}}"
_TT = r"[A-Z0-9][\w'’&+-]*"
_TITLE = rf"{_TT}(?:(?: (?:of|the|and|in|on|&|a|for|to|at|with|from))? {_TT}){{0,6}}"
_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|One|Two|Three|Four|Five|Six)"
_NETWORKS = (
    r"(?:Netflix|HBO|HBO Max|Max|Hulu|AMC\+|AMC|FX|NBC|ABC|CBS|Starz|Showtime|Peacock|Apple TV\+|Apple|"
    r"Amazon|BBC One|BBC Two|BBC Three|BBC|Disney\+|Paramount\+|Marvel|Prime Video|The CW|CW|CBC|ITV|"
    r"Channel 4|Sky Atlantic|Sky|Freeform|TNT|TBS|USA Network|Syfy|Bravo|MTV|Comedy Central|Adult Swim|PBS|"
    r"Fox|Pop TV|Acorn TV|BritBox|MGM\+|Crunchyroll|Tubi)"
)
ROLE_ALT = "|".join(sorted((re.escape(r) for r in ROLE_WORDS), key=len, reverse=True))


# Patterns built per name (a surname's owner, a short name's full form) spell a capitalised word with a
# class that compiles in a fraction of the time NAME_WORD's Latin ranges take: a word that starts with
# anything but a lower-case ASCII letter, digit or underscore.
_CAPITAL_WORD = r"[^\W\d_a-z][\w'’-]*"


@lru_cache(maxsize=4096)  # the same names come back within an article and across a refresh
def words_before(token: str, most: int) -> re.Pattern[str]:
    """One to `most` capitalised words, then token: "Tyler James Williams" for "Williams"."""
    return re.compile(rf"\b(?:{_CAPITAL_WORD} ){{1,{most}}}{re.escape(token)}\b")


@lru_cache(maxsize=4096)
def name_pairs(key: str) -> re.Pattern[str]:
    """A capitalised word before key ("Jackson Lamb", "Dr. Owens") or after it ("Lamb Jackson")."""
    k = re.escape(key)
    return re.compile(rf"\b(?:{_CAPITAL_WORD}\.? {k}|{k} {_CAPITAL_WORD})\b")


def _initials(*alternatives: str) -> str:
    """A character class of the first letters of the given words (escaped for a regex)."""
    return "".join(sorted({re.escape(a[0]) for a in alternatives if a}))


# A pattern that opens with a long alternation of cue words is tried at every position of a paragraph;
# a lookahead on the cue words' first letters lets the engine skip most positions in C.
_NETWORK_NAMES = re.findall(r"[A-Z][\w+ ]*", _NETWORKS)
_SHOW_CUES = (
    "Season season Episode episode finale premiere showrunner creator co-creator star cast fans return on"
)
SHOW_AFTER_CUE = re.compile(
    rf"(?=[{_initials(*_SHOW_CUES.split(' '), 'revival', 'reboot', 'renewal', *_NETWORK_NAMES)}])"
    rf"\b(?:[Ss]easons? (?:\w+ )?of|[Ee]pisodes? (?:\w+ )?of|finale of|premiere of|showrunners? of|"
    rf"co-creators? of|creators? of|stars? of|cast of|fans of|return of|revival of|reboot of|renewal of|"
    rf"{_NETWORKS}['’]s|on {_NETWORKS} series) (?P<title>{_TITLE})"
)
SHOW_BEFORE_CUE = re.compile(
    rf"(?P<title>{_TITLE})(?:['’]s)? (?P<cue>[Ss]eason {_NUMBER}\b|[Ss]eason (?:finale|premiere)|"
    rf"series finale|finale|premiere|showrunners?|co-creators?|creators?|cast\b|episode \d)"
)
# "the Emmy-winning comedy Tidewater", "has renewed Marigold Lane for a sixth season", "Bad Sisters star
# Anne-Marie Duff": a kind of show, a network's decision or a credit names the title beside it.
# A credit before a name: "who starred in", "best known for", "fresh off": what follows is a work.
CREDIT_BEFORE = re.compile(
    r"\b(?:starred|starring|stars|appeared|appearing|known|famous|fresh off|coming off|alum|alumnus|veteran) "
    r"(?:in|for|of|from)? ?$"
)
GENRE_NOUNS = "comedy drama dramedy sitcom miniseries thriller procedural anthology docuseries spinoff"
SHOW_AFTER_GENRE = re.compile(
    rf"(?=[{_initials(*GENRE_NOUNS.split(' '))}])\b(?:{GENRE_NOUNS.replace(' ', '|')}) "
    rf"(?=[A-Z0-9])(?P<title>{_TITLE})"
)
SHOW_DECIDED = re.compile(
    rf"\b(?:renewed|cancell?ed|revived|greenlit|picked up) (?P<title>{_TITLE})"
    rf"(?= for\b| after\b| through\b|[,.;])"
)
SHOW_STAR = re.compile(rf"(?P<title>{_TITLE}) stars? (?=[A-Z])")
# "the prequel Dexter: Original Sin, don't worry": a known title, a colon and a short capitalised subtitle.
SUBTITLED = re.compile(
    rf"(?P<title>{_TITLE}): (?P<sub>[A-Z0-9][\w'’-]*(?: (?:of|the|and|in|on|a|to|&) [A-Z][\w'’-]*| "
    rf"[A-Z][\w'’-]*){{0,4}})(?=[,.;:!?)]| [a-z]| \(|$)"
)
# SHOW_BEFORE_CUE needs a capitalised word right before its cue; without one the long scan is skipped.
SHOW_BEFORE_CUE_NEAR = re.compile(
    r"[A-Z0-9][\w'’&+-]*(?:['’]s)? (?:[Ss]eason|series finale|finale|premiere|showrunner|co-creator|creator|"
    r"cast\b|episode \d)"
)
# "Squid Game (Netflix)", "Peaky Blinders (BBC / Netflix)", "Dark (Netflix, 2017)": a title and its home.
SHOW_NETWORK_PAREN_CUE = re.compile(rf"\({_NETWORKS}[)/ ,]")
SHOW_NETWORK_PAREN = re.compile(
    rf"(?P<title>{_TITLE}) \({_NETWORKS}(?: ?[/,] ?{_NETWORKS})*(?:, (?:19|20)\d\d(?:[–-](?:\d\d)*)?)?\)"
)
# A listing's subheading: "Dexter: Resurrection (Season 2 premiere, Friday, Paramount+ with Showtime)",
# "Dept. Q (Season 2, all episodes Thursday, Netflix)": a title, then what airs and where.
LISTING_HEADING = re.compile(r"^\s*(?P<title>[A-Z0-9][^()\n“”\"]{0,60}?) \((?P<info>[^()\n]{3,90})\)\s*$")
LISTING_INFO = re.compile(
    rf"\b(?:{_NETWORKS}|[Ss]easons? \d+|[Ss]eries \d+|premieres?|finale|all episodes|limited series|"
    rf"new episodes?|special|streaming)\b"
)
# "having played Arthur Curry on Smallville and Hank Hall, the Hawk, on Titans", "whose Tom Ripley is colder
# than anything he did on Fleabag": a title after "on" where a role or a performance was just named.
_TITLE_END = r"(?=[,.;:!?)]| and | before | in | for |$)"
_TITLE_NO_AND = rf"{_TT}(?:(?: (?:of|the|in|on|a|for|to|at|with|from))? {_TT}){{0,6}}"
ROLE_ON_SHOW = re.compile(
    rf"\b(?:played|playing|plays|portrayed|voiced|starred|starring|appeared|appearing|did|role|turn|stint|"
    rf"run|work|years)\b(?P<rest>[^.;:!?“”\"()]{{0,70}}? on {_TITLE_NO_AND}{_TITLE_END}"
    rf"(?:[^.;:!?“”\"()]{{0,50}}? on {_TITLE_NO_AND}{_TITLE_END})*)"
)
ON_TITLE = re.compile(rf" on (?P<title>{_TITLE_NO_AND}){_TITLE_END}")
# "has since spun off Private Practice and Station 19": spin-offs named as a list.
SPUN_OFF = re.compile(
    rf"\b(?:spun off|spawned|spin-offs?|spinoffs?|prequels?|sequel series)(?: series)?,? "
    rf"(?P<titles>{_TITLE}(?:, {_TITLE})*(?:,? and {_TITLE})?)"
)
# "Emily in Paris fans", "our Gilmore Girls rewatch": a title before what its audience does with it.
SHOW_BEFORE_AUDIENCE = re.compile(
    rf"(?P<title>{_TITLE}) (?:fans|fandom|rewatch|rewatches|binge|marathon|superfans|viewers)\b"
)
CHARACTER_ACTOR = re.compile(
    rf"(?P<char>{_NAME1_3}(?: of {NAME_WORD})?) "
    rf"\((?:(?:played|portrayed|voiced) by |voice of )?(?P<actor>{_NAME2_3})\)"
)
_HONORIFIC = r"(?:(?P<hon>Dr|Mr|Mrs|Ms|Capt|Det|Sgt|Lt)\. )?"
# Lower-case words and one possessive name: "as Gi-hun's childhood friend Cho Sang-woo".
_DEMONYM = "|".join(sorted(DEMONYMS))
_DESCRIPTOR = rf"(?:(?:the|a|an|her|his|their|its|[a-z-]{{3,}}|{NAME_WORD}['’]s|{_DEMONYM}) ){{0,6}}"
ACTOR_AS_CHARACTER = re.compile(
    rf"(?P<actor>{_NAME1_3}),? (?:as|plays|who plays|stars as|will star as|star as|starring as|co-stars as|"
    rf"will play|to play|is playing|playing|(?:has been|was|is|been|were|are) cast as|returns as|"
    rf"(?:joins|joined|will join|is joining) (?:the (?:\w+ ){{0,2}}(?:cast|season|series|show|ensemble) )?as|"
    rf"reprises (?:her|his|their) role as|will portray|portrays|voices|will voice|is voicing|voicing|"
    rf"(?:lends|lent|gives|gave|has given) (?:her|his|their )?voice to) "
    # "as Yennefer of Vengerberg": a role may be named of a one-word place.
    rf"{_DESCRIPTOR}{_HONORIFIC}(?P<char>{_NAME1_3}(?: of {NAME_WORD}\b(?! [A-Z]))?)"
)
# "Okonedo, who starred in Hotel Rwanda, will play Celia Marsh": the actor before a credit's clause.
ACTOR_BEFORE_CREDIT = re.compile(rf"(?P<actor>{_NAME1_3}), (?:who )?[a-z][a-z ]{{2,40}} $")
# "Yerin Ha, best known for playing Kwan Ha on Halo, has been cast as Sophie Baek": a firm casting verb
# reaches over one aside between commas.
ACTOR_ASIDE_CAST = re.compile(
    rf"(?P<actor>{_NAME2_3}), [^,.;:“”\"()]{{3,90}}, (?:has been|was|is|were|have been) cast as "
    rf"{_DESCRIPTOR}{_HONORIFIC}(?P<char>{_NAME1_3})"
)
# "Cillian Murphy is magnetic as Tommy Shelby", "Louis Hofmann anchors the show as Jonas Kahnwald": a few
# lower-case words of praise between a full name and "as"; verbs that make "as" a comparison are refused.
ACTOR_LOOSE_AS = re.compile(
    rf"(?P<actor>{_NAME2_3}) (?P<between>(?:[a-z][a-z-]* ){{1,7}})as {_DESCRIPTOR}{_HONORIFIC}"
    rf"(?P<char>{_NAME1_3})"
)
LOOSE_AS_REFUSED = words(
    "described describes describe called calls referred refers known such served serves worked works hired "
    "sees saw see regard regards regarded treats treated credited billed listed same well so much many "
    "dressed disguised posing posed poses introduced introduces named names"
)
# "Catherine Zeta-Jones and Luis Guzmán back as Morticia and Gomez Addams", "Ali Larter and Michelle
# Randolph, who play mother and daughter Angela and Ainsley Norris": two lists paired in order.
_CHARS = rf"{_NAME1_3}(?:, {_NAME1_3}){{0,3}},? (?:and|&) {_NAME1_3}"
CAST_PAIRS = re.compile(
    rf"(?P<actors>{_NAMES}),? (?:who (?:play|portray|voice|will play)|(?:are |were |will be )?"
    rf"(?:back|return|returning|star|co-star|appear|reprise their roles)(?: \w+){{0,3}} as|play|will play|"
    rf"(?:have been|are|were) cast as) {_DESCRIPTOR}(?P<chars>{_CHARS})\b"
)
# Vernon "Doc" Mullins (Tim Matheson): a nickname between given name and surname, then the actor.
NICKNAMED_CHARACTER = re.compile(
    rf"(?P<first>{NAME_WORD}) [“\"‘'](?P<nick>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)[”\"’'] (?P<last>{NAME_WORD})"
    rf" \((?:(?:played|portrayed|voiced) by )?(?P<actor>{_NAME2_3})\)"
)
# "Secret Service agent Xavier Collins": a role noun after a capitalised organisation, then the name.
_NOT_ROLE_NOUNS = "opposite|alongside|with|and|or|in|on|for|from|at|who|whose|against|beside|to|of|as|by"
ROLE_NOUN_THEN_NAME = re.compile(rf"(?: (?!(?:{_NOT_ROLE_NOUNS}) )[a-z][a-z-]+ (?P<after>{_NAME2_3}))")
# "as Lee Child's hulking drifter Jack Reacher": the possessive is the role's author, the role comes after.
OWNER_THEN_ROLE = re.compile(rf"['’]s (?:[a-z-]+ ){{0,3}}(?P<after>{_NAME1_3})")
# "having played Arthur Curry on Smallville", "her turn as Agatha Harkness", "knew you as Eric Effiong":
# whoever plays them, the name after a verb of playing is a role.
PLAYED_ROLE = re.compile(
    rf"\b(?:played|playing|portrayed|portraying|voiced|voicing|"
    rf"(?:her|his|their)(?: [\w-]+,?){{0,3}} (?:turn|performance|portrayal) as|"
    rf"(?:starred|starring|stars|arrives|arrived|debuted|returns|returned) as|knew (?:you|her|him|them) as) "
    rf"{_DESCRIPTOR}{_HONORIFIC}(?P<char>{_NAME2_3})"
    # "as Secret Service agent Xavier Collins": the name after the role noun; "and Hank Hall": a second role.
    rf"{ROLE_NOUN_THEN_NAME.pattern}?"
    rf"(?:(?: on [A-Z][\w'’]*(?: [A-Z][\w'’]*)*)? and (?P<second>{_NAME2_3}))?"
)
# "viewers know him as Seth Cohen on The O.C.", "as Jack Reacher, the drifting former military cop":
# a name after "as" that is placed on a show or described by a lower-case role is a character.
AS_ROLE = re.compile(
    rf"\bas {_HONORIFIC}(?P<char>{_NAME2_3})"
    rf"(?: on (?:{_NETWORKS}['’]s )?(?P<title>{_TITLE_NO_AND}){_TITLE_END}|"
    rf", (?:the|a|an) (?:[a-z-]+ ){{0,4}}[a-z-]+(?=[ ,.;]))"
)
# "best known for playing Kwan Ha": the role an actor is known for is a character (of some show).
KNOWN_FOR_PLAYING = re.compile(
    rf"(?=[bpwakfr])\b(?:(?:best|perhaps best|widely|also) )?(?:known|famous|beloved|remembered) for "
    rf"(?:playing|portraying|voicing|(?:her|his|their) (?:role|turn|work) as) {_HONORIFIC}"
    rf"(?P<char>{_NAME1_3})"
)
# The actor a "best known for" aside belongs to: "Yerin Ha, best known for ...".
KNOWN_FOR_ACTOR = re.compile(rf"(?P<actor>{_NAME2_3}),? (?:who is |who's )?$")
PRONOUN_PLAYS = re.compile(
    rf"\b(?:she|he|they) (?:plays|played|will play|portrays|portrayed|stars as) {_DESCRIPTOR}{_HONORIFIC}"
    rf"(?P<char>{_NAME2_3})"
)
CHARACTER_NOUN = re.compile(rf"\b(?:characters?|alter egos?|on-screen counterparts?) (?P<names>{_NAMES})")
CHARACTER_DIES = re.compile(
    rf"(?P<names>{_NAME2_3}) (?:died|dies|was killed|is killed|gets killed|was killed off|is killed off)"
    rf" (?:off )?in (?:the )?(?:\w+ )?(?:episode|season|finale|premiere)"
)
KIN_NAME = re.compile(
    rf"\b(?:her|his|their)(?: \w+)? (?P<kin>ex-husband|ex-wife|husband|wife|sister|brother|mother|father|son|"
    rf"daughter|boyfriend|girlfriend|partner|fiancée?|cousin|aunt|uncle|best friend) (?P<name>{_NAME2_3})"
)
# "Mizu, voiced by Maya Erskine", "Abijah Fowler, the Irish smuggler voiced by Kenneth Branagh".
CHARACTER_PLAYED_BY = re.compile(
    rf"(?P<char>{_NAME1_3}),? (?:(?:the|a|an) (?:[\w-]+,? ){{0,5}})?(?:played|portrayed|voiced) by "
    rf"(?P<actor>{_NAME2_3})"
)
# Roles that open a sentence capitalised ("Creator Rian Johnson"); "Star" or "Head" would too often
# begin a title instead.
_LEADING_ROLES = (
    "Showrunner",
    "Co-showrunner",
    "Creator",
    "Co-creator",
    "Executive producer",
    "Director",
    "Writer",
    "Producer",
    "Presenter",
    "Composer",
)
_LEADING_ROLE_ALT = "|".join(f"{r}s?" for r in _LEADING_ROLES)
ROLE_BEFORE = re.compile(
    rf"(?=[{_initials(*ROLE_WORDS, *_LEADING_ROLES)}])"
    rf"\b(?P<role>{ROLE_ALT}|{_LEADING_ROLE_ALT})(?> of {_TITLE})?,? "
    rf"(?P<names>{_LEAD_INITIAL}{_NAMES})"
)
ROLE_AFTER = re.compile(
    rf"(?P<names>{_NAMES}),? (?:the |who (?:is|are|was|were) (?:the )?|both |its |their |"
    rf"(?:the )?(?:show|series)['’]s? )?(?P<role>{ROLE_ALT})\b"
)
# "By Dana Whitcombe · March 4, 2025", "By Tom Ashcroft and Ana Ruiz", "Photograph: Theo Whiteman/Apple
# TV+": a paragraph that is a byline or a photo credit.
BYLINE = re.compile(
    rf"(?:(?:Written |Words |Reporting )?[Bb]y|(?P<photo>Photo(?:graph)?s?(?: by|:)|Photography by)) "
    rf"(?P<names>{_NAMES})[ \t]*(?:[·|•,–—(/-]|$)"
)
ROLE_BY = re.compile(
    rf"(?=[cswprdh])\b"
    rf"(?P<verb>created|co-created|showrun|run|written|penned|directed|helmed|produced|hosted) by "
    rf"(?:the (?:\w+ )?)?(?P<names>{_NAMES})"
)
BY_ROLES = {
    "created": "creator",
    "co-created": "creator",
    "showrun": "showrunner",
    "run": "showrunner",
    "written": "writer",
    "penned": "writer",
    "directed": "director",
    "helmed": "director",
    "produced": "producer",
    "hosted": "host",
}
SPEAKER_AFTER = re.compile(rf"(?P<names>{_NAME2_3}) (?:{SPEECH_VERBS})\b")
# "said Rosenberg", "sat down with Ella Purnell": up to three lower-case words before a capital that end
# in one of these lead-ins; the names are read from the capital on.
SPEAKER_LEADS = frozenset(INVERTED_SPEECH_VERBS.split("|")) | frozenset(
    (
        "according to",
        "interview with",
        "spoke with",
        "spoke to",
        "talked with",
        "talked to",
        "sat down with",
        "chatted with",
        "joined by",
    )
)
SPACE_BEFORE_CAPITAL = re.compile(r"(?<=[a-z]) (?=[A-Z\u00c0-\u00de])")
NAMES_2_3 = re.compile(_NAME2_3)
SPLIT_NAMES = re.compile(r", and |, | and | & ")
FILM_CUE = re.compile(r"\b(?:film|movie|novel|book|album|song|play|musical|comic|podcast|single)s?\W*$", re.I)
# Role words that are too loose to be evidence on their own after a name ("Ritter star").
WEAK_AFTER_ROLES = frozenset({"star", "head", "chief", "host", "actor"})
# "Hugo Weaving's Frank Harkness": a named person's possessive before a name is the role they play.
# "Andrew Scott, whose Tom Ripley is colder": the role a named actor has.
ACTOR_WHOSE = re.compile(
    rf"(?P<actor>{_NAME1_3}), whose (?P<desc>(?:[a-z][a-z-]+ ){{0,2}})(?P<char>{_NAME1_3})\b(?! ?[A-Z(&])"
)
# "Billy Bob Thornton's oil man Tommy": up to three lower-case words may describe the role.
ACTOR_POSSESSIVE = re.compile(
    rf"(?P<actor>{_NAME2_3})(?:['’]s|(?<=s)['’]) (?P<desc>(?:[a-z][a-z-]* ){{0,3}})(?P<char>{_NAME1_3})"
    rf"\b(?! ?[A-Z(]|:)"  # "Noah Hawley's Alien: Earth" goes on as a title
)
# Nouns that make the possessive an owner's work, not a role: "Ryan Murphy's new series Monster".
WORK_NOUNS = (
    "drama|series|comedy|show|thriller|saga|sitcom|satire|epic|procedural|anthology|miniseries|adaptation|"
    "reboot|revival|spinoff|spin-off|dramedy|western|creation|film|movie|novel|book|podcast|franchise|"
    "project|documentary|docuseries|musical|play|hit|mystery|romance|fantasy"
)
# Nouns that make the possessive a character's relation: "River Cartwright's grandfather David".
RELATION_NOUNS = (
    "brother|sister|mother|father|son|daughter|grand\\w+|husband|wife|ex-\\w+|boyfriend|girlfriend|"
    "fianc\\w+|cousin|aunt|uncle|niece|nephew|step\\w+|friend|partner|boss|rival|enemy|nemesis|colleague|"
    "assistant|lover|mentor|protégé|protege|twin|roommate|neighbou?r|kid|child|children|family|mom|dad"
)
# "Mickey Down and Konrad Kay's cutthroat finance drama", "Steven Knight's gangster saga": the owners.
CREATOR_POSSESSIVE = re.compile(
    rf"(?P<names>{_NAMES})['’]s (?:[\w-]+ ){{0,4}}?(?:{WORK_NOUNS})\b(?! (?:star|cast|actor)s?\b)"
)
# "Tramell Tillman, who plays ...", "Denise Gough and Kyle Soller, who play ...": the players are people.
WHO_PLAYS = re.compile(
    rf"(?P<names>{_NAMES}),? who (?:(?:has |have |had )?played|plays|play|portrays|portray|voices|voice|"
    rf"stars as|returns as|"
    rf"will play|(?:is|was|are|were) cast as)\b"
)
# "Arjona said": a lone surname speaking stands for the person the article named in full.
# The pattern opens with a capital so the engine can skip to candidates; the caller checks what precedes.
SURNAME_SPEAKER = re.compile(rf"(?P<name>{NAME_WORD}) (?:{SPEECH_VERBS})\b")
# "Mick Herron's novel", "adapted from Liane Moriarty's book": the owner of a book is its author.
AUTHOR_POSSESSIVE = re.compile(
    rf"(?P<name>{_NAME2_3})['’]s (?:(?:[\w-]+|best-selling) ){{0,3}}(?:novels?|books?|memoir|short story)\b"
)
# Headlines that open with the show: "Brooklyn Nine-Nine Recap: ...", "'Barry' Season 4 Episode 3: ...".
HEADLINE_SHOW = re.compile(
    rf"^[‘'\"“]?(?P<title>{_TT}(?:(?: (?:of|the|in|on|a|for|to|at|with|from))? {_TT}){{0,6}}?)[’'\"”]?"
    rf"(?:['’]s)?:? (?:(?:Final|First|Last|New|Next|Second|Third|Fourth|Fifth|Sixth|Latest) )?"
    rf"(?:Recap|Review|Season|Series|Finale|Premiere|Episode|Trailer|Cast|Renewed|Canceled|Cancelled|Ending|"
    rf"Showrunner|Creator|Boss|EP|Star)\b(?!['’]s)"
)
# "An Oral History of The Office's Dinner Party": a look back at a show.
LOOK_BACK_AT = re.compile(
    rf"\b(?:Oral History|Retrospective|Rewatch|History|Making) of (?P<title>{_TITLE_NO_AND})['’]s\b"
)
# "When Schitt's Creek premiered on CBC", "Industry has been renewed": what only a show does.
SHOW_DOES = re.compile(
    rf"(?P<title>{_TITLE})(?: (?:premiered|debuted|aired|airs|streams|returned|returns) on {_NETWORKS}\b|"
    rf" (?:was|has been|had been|is being) (?:renewed|canceled|cancelled)\b)"
)
