"""Word lists and small text helpers for telling names of people from everything else."""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from importlib import resources

_LOWER_WORD = re.compile(r"[a-z][a-z-]*")


@lru_cache(maxsize=512)
def chunk_words(chunk: str) -> frozenset[str]:
    """The lower-cased words of a paragraph, found once however many rules ask which cue words it has."""
    return frozenset(_LOWER_WORD.findall(chunk.lower()))


def words(text: str) -> frozenset[str]:
    """A set of whitespace-separated words (keeps long word lists readable)."""
    return frozenset(text.split())


# Organisations that look like names: networks, studios, outlets. A run containing one is not a person.
ORGANISATIONS = words(
    """
    Netflix Marvel HBO Hulu Disney Disney+ Amazon Prime Video Apple AMC FX FXX NBC CBS ABC BBC ITV
    Channel Showtime Starz Paramount Peacock Universal Warner Bros Sony Lionsgate Lucasfilm Pixar DC
    Studios Entertainment Weekly EW Variety Deadline TVLine Hollywood Reporter THR Vulture IndieWire
    Collider Screen Rant Polygon Decider Vanity Fair Rolling Stone Esquire GQ Vogue Empire Radio Times
    Guardian Times Post Journal Magazine Network Television Media Pictures Films Productions Cinematic
    Universe Comic Con Emmy Emmys Golden Globes Globes Oscars Awards Festival Twitter Instagram TikTok
    YouTube Reddit Facebook Spotify Podcast Podcasts News Tribune Gazette Daily Weekly Sunday Inc Corp
    Company Group Times Square Street Avenue PaleyFest SXSW Tribeca Sundance Cannes TIFF Berlinale ATX
    CinemaCon Upfronts D23 NYCC SDCC PBS Freeform TNT TBS Syfy MTV BritBox Crunchyroll Tubi CW CBC ITVX
    Luminate Samba Parrot Analytics Reelgood JustWatch Puck Ampere
    """
)
MONTHS_AND_DAYS = words(
    """
    January February March April May June July August September October November December Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday
    """
)
# Nationalities, languages and eras: adjectives in prose ("in both English and Japanese"), never names.
DEMONYMS = words(
    """
    English British American Irish Scottish Welsh French German Italian Spanish Portuguese Japanese Chinese
    Korean Indian Canadian Australian Mexican Russian Ukrainian Polish Dutch Swedish Danish Norwegian
    Finnish Icelandic Greek Turkish Israeli Arabic Persian Iranian Brazilian Argentine Nigerian African
    European Asian Hispanic Latino Latina Jewish Catholic Victorian Edwardian Elizabethan Regency Tudor
    Medieval Hollywood Broadway Muslim Buddhist Hindu Protestant Puritan Quaker Mormon Amish
    """
)
# Capitalised words that start sentences or titles but never begin a personal name.
FUNCTION_WORDS = words(
    """
    A An The And But Or Nor For So Yet As At By In On Of To Up If When While Where Why How What Who Whom
    Which That This These Those There Then Than Though Although After Before Since Until Unless Because
    With Without Within Into From Over Under About Above Below Between Among During Despite Yes No Oh Ah
    Well Also Even Just Still Now Here It Its Is Was Are Were Be Been Being He She They We I You His Her
    Their Our My Your Him Them Us Me Mr Mrs Ms Dr Sir Dame Lady Lord Season Episode Part Chapter Series
    Show Finale Premiere Pilot Act Volume Book Film Movie Star Stars Actor Actress Showrunner Creator
    Director Writer Producer Executive Host CEO CFO COO CTO Netflix's Meanwhile However Unfortunately
    Fortunately Actually Given Source Read Watch Stream See Spoilers Spoiler Update Updated Editor's Note
    Photo Credit Courtesy Related More Plus Both Each Every All Some Many Most Several Few Not Never Always
    Only Please Thanks Thank Like Poor Dear Sweet Other Another Last Next First Second Third New Old Big
    Little Good Bad
    Best Top Can Could Would Should Did Does Do Has Have Had Let Get Got Make Made Take Took Enter Cue Meet
    Whether Whatever Whoever Wherever Whenever
    """
)
# Category and tag words that name sections of a site rather than shows.
GENERIC_CATEGORIES = words(
    """
    tv television news interviews interview reviews review features feature recaps recap streaming
    entertainment exclusive exclusives casting podcast podcasts gossip celebrity video videos trailers
    trailer premieres movies film comedy drama sci-fi fantasy horror reality animation awards emmys
    analysis opinion lists culture music books games anime superheroes comics renewals cancellations
    ratings photos photo galleries previews preview spoilers theories explainers explainer rankings
    retrospective retrospectives anniversary longreads soaps rumours rumors listings sitcoms dramas
    comedies thrillers crime daytime documentaries docuseries events panels conventions business nielsen
    charts viewership data
    """
) | frozenset(
    (
        "first look",
        "first looks",
        "first-look",
        "breaking news",
        "tv news",
        "tv reviews",
        "tv recaps",
        "box office",
        "red carpet",
        "fan theories",
        "oral history",
        "oral histories",
        "behind the scenes",
        "what to watch",
        "new on streaming",
    )
)
ROLE_WORDS = {
    "showrunner": "showrunner",
    "showrunners": "showrunner",
    "co-showrunner": "showrunner",
    "co-showrunners": "showrunner",
    "creator": "creator",
    "creators": "creator",
    "co-creator": "creator",
    "co-creators": "creator",
    "star": "star",
    "stars": "star",
    "co-star": "star",
    "co-stars": "star",
    "costars": "star",
    "costar": "star",
    "executive producer": "executive producer",
    "executive producers": "executive producer",
    "producer": "producer",
    "director": "director",
    "directors": "director",
    "writer": "writer",
    "writers": "writer",
    "head": "executive",
    "executive": "executive",
    "exec": "executive",
    "chief": "executive",
    "CEO": "executive",
    "president": "executive",
    "chairman": "executive",
    "host": "host",
    "hosts": "host",
    "co-host": "host",
    "presenter": "host",
    "actor": "actor",
    "actress": "actor",
    "newcomer": "actor",
    "composer": "composer",
    "author": "writer",
    "novelist": "writer",
    "playwright": "writer",
    "starring": "star",
    "critic": "critic",
}
# Verbs of speech and their usual inflections; used for quote attribution and person evidence.
SPEECH_VERBS = (
    "said|says|say|told|tells|tell|explained|explains|added|adds|noted|notes|recalled|recalls|revealed|reveals|"
    "continued|continues|admitted|admits|shared|shares|joked|jokes|laughed|laughs|teased|teases|insisted|"
    "insists|wrote|writes|stated|states|asked|asks|replied|replies|confided|confides|confirmed|confirms|"
    "described|describes|acknowledged|acknowledges|agreed|agrees|quipped|quips|mused|muses|observed|observes|"
    "remembered|remembers|pointed out|points out|tweeted|posted|argued|argues|answered|answers|warned|warns|"
    "informed|informs|promised|promises|hinted|hints|conceded|concedes|offered|offers|declared|declares|emphasized|emphasizes|"
    "stressed|stresses|reflected|reflects|gushed|gushes|elaborated|elaborates|responded|responds|"
    "put it|puts it|shouts|shouted|yells|yelled|whispers|whispered|snaps|snapped|cries|cried|"
    "screams|screamed|"
    "mutters|muttered|murmurs|murmured|shoots back|shot back|fires back|fired back|counters|countered|"
    "retorts|retorted|sighs|sighed|pleads|pleaded|begs|begged|demands|demanded|deadpans|deadpanned|"
    "barks|barked|growls|growled|hisses|hissed|snarls|snarled|announces|announced|exclaims|exclaimed|"
    "sneers|sneered|scoffs|scoffed|sobs|sobbed|groans|groaned|protests|protested|wonders|wondered|"
    "shrugs|shrugged|smiles|smiled|grins|grinned|nods|nodded|winks|winked|smirks|smirked|beams|beamed|"
    "assures|assured|reminds|reminded|claims|claimed|swears|swore|vows|vowed|boasts|boasted|complains|"
    "complained|suggests|suggested|repeats|repeated|calls out|called out|chimes in|chimed in|interjects|"
    "interjected|marvels|marveled|marvelled"
)
SPEECH_VERB_RE = re.compile(rf"\b(?:{SPEECH_VERBS})\b")
# Verbs whose object is a listener or a thing, never the speaker: "described Poker Face as", "told Variety".
OBJECT_SPEECH_VERBS = words(
    "told tells tell described describes asked asks informed informs promised promises warned warns offered "
    "offers shared shares posted tweeted"
)
# Speech verbs that can come before their speaker ("said Rosenberg", "added the actor").
INVERTED_SPEECH_VERBS = "|".join(v for v in SPEECH_VERBS.split("|") if v not in OBJECT_SPEECH_VERBS)
# Roles behind the camera: such a person owns shows and companies, and tells a recap's story, but never
# plays a role or speaks its lines.
CREW_ROLES = frozenset(
    {"showrunner", "creator", "executive", "executive producer", "producer", "writer", "director"}
)
# Ranks and honorifics that introduce a name without being part of it.
HONORIFICS = words(
    """
    Captain Capt Commander Cmdr Dr Doctor Detective Det DI DCI DS Inspector Officer Agent Sergeant Sgt
    Lieutenant Lt Professor Prof Mr Mrs Ms Miss Mx Judge Nurse Principal Coach General Colonel Major Ser
    Sheriff Deputy Father Reverend Senator President Governor Mayor Chief Superintendent Supt Constable
    DCS DSU PC WPC PCSO Emperor Empress
    """
)
# Words before a character's name that tell which version of them it is ("Teen Shauna", "Young Sheldon"
# aside): the character is the name after them.
AGE_PREFIXES = words("Teen Young Adult Older Younger Little Baby Grown-up Old Future Past Present")
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "they": None, "them": None}

# A capitalised word: letters with optional inner apostrophe, hyphen or capital (McNulty, D'Onofrio).
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de"  # ASCII and Latin-1 capitals: Ólafur, Élodie
NAME_TOKEN = (
    rf"(?:(?:[A-Z]\.){{1,3}}|St\.(?= [A-Z])|[{_UPPER}]['’][A-Z][a-zA-Z\u00c0-\u024f]+|"
    rf"[{_UPPER}][a-zA-Z\u00c0-\u024f]+(?:['’-][A-Za-z\u00c0-\u024f]+)*)"
)
# "Agnes van Rhijn", "Guillermo de la Cruz": a lower-case particle may join the words of a name.
PARTICLES = r"van der|van den|van|von|de la|de los|del|della|de|da|di|du|dos|das|le|la"
CAPITALISED_RUN = re.compile(rf"{NAME_TOKEN}(?:(?: (?:{PARTICLES}))?[ \u00a0]{NAME_TOKEN}){{1,4}}")


@cache
def given_names() -> dict[str, str]:
    """Common given names mapped to "f" or "m" (bundled list)."""
    path = resources.files("tui.analysis").joinpath("data/given_names.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    table = {name: "m" for name in data["male"]}
    for name in data["female"]:
        table[name] = "f" if name not in table else ""
    return table


def gender_of(name: str) -> str | None:
    """ "f", "m" or None from the first token of a name."""
    first = name.split(" ", 1)[0]
    return given_names().get(first) or None


def strip_possessive(word: str) -> str:
    """ "Kim’s" -> "Kim", "Kim's" -> "Kim"; a possessive is never part of a name."""
    if word.endswith(("'s", "’s")) and len(word) > 2:
        return word[:-2]
    if word.endswith(("s'", "s’")) and len(word) > 3 and word[0].isupper():
        return word[:-1]
    return word


def cut_at_possessive(tokens: list[str]) -> list[str]:
    """A name ends at its first possessive token: "Kieran Culkin’s Roman" -> ["Kieran", "Culkin"]."""
    for i, token in enumerate(tokens):
        bare = strip_possessive(token)
        if bare is not token and bare != token:
            return [*tokens[:i], bare]
    return tokens


_TITLES_BEFORE_GIVEN_NAMES = frozenset(
    ("Lord", "Lady", "Sir", "Dame", "Uncle", "Aunt", "King", "Queen", "Prince")
)


def name_keys(name: str) -> tuple[str, ...]:
    """The words a full name is called by on its own: its first name, its surname, and the first part of
    a hyphenated first name ("Charles" of Charles-Haden Savage); none for a one-word name."""
    words = name.split(" ")
    if len(words) > 2 and (
        (len(words[0]) == 2 and words[0].endswith(".")) or words[0] in _TITLES_BEFORE_GIVEN_NAMES
    ):
        words = words[1:]  # "I. Marlene King" is Marlene; "Lord John Grey" is John
    if len(words) > 2 and words[-1].rstrip(".") in ("Jr", "Sr", "II", "III", "IV"):
        words = words[:-1]  # "Jimmy Pesto Jr." goes by Pesto too
    if len(words) < 2:
        return ()
    head = words[0].split("-")[0]
    return (words[0], words[-1], head) if head != words[0] else (words[0], words[-1])


def is_blocked_token(token: str) -> bool:
    """True for tokens that can never be part of a personal name."""
    return token.removesuffix("'s").removesuffix("’s").rstrip(".+") in ORGANISATIONS


def is_date_word(token: str) -> bool:
    """A month or a day: a given name too ("April Ludgate", "Wednesday Addams"), but only before a surname."""
    return token.removesuffix("'s").removesuffix("’s").rstrip(".") in MONTHS_AND_DAYS


_POSSESSIVES = ("'s", "’s")


def leads_with_a_date(tokens: list[str]) -> bool:
    """ "Monday Rachel Taylor said", "On Monday Taylor said": a day or month before a name, not part of it.
    Before a surname alone it is the name's own ("April Bowlby", "Wednesday Addams")."""
    return len(tokens) >= 2 and is_date_word(tokens[0]) and (len(tokens) > 2 or tokens[1] in given_names())


def date_words_fit(tokens: list[str]) -> bool:
    """False for "Monday", "June July" or "Jenna Wednesday": a date word leads a name of two or more."""
    dated = [
        i
        for i, t in enumerate(tokens)
        if t in MONTHS_AND_DAYS or (t[-2:] in _POSSESSIVES and is_date_word(t))
    ]
    if dated == [1] and len(tokens) == 3 and tokens[1] in _MIDDLE_MONTHS and tokens[0] in given_names():
        return True  # "Daisy May Cooper": a month as a middle name
    return not dated or (dated == [0] and len(tokens) >= 2)


_MIDDLE_MONTHS = frozenset(("May", "June", "April"))


_WORK_SUFFIX = re.compile(
    r"-(?:created|produced|starring|led|fronted|penned|directed|written|backed|helmed|approved|style|esque)$"
)


def name_runs(text: str, base: int = 0) -> list[tuple[int, int, str]]:
    """Capitalised runs of 2-3 tokens that could be personal names, leading function words dropped."""
    found: list[tuple[int, int, str]] = []
    for match in CAPITALISED_RUN.finditer(text):
        run = match.group().replace("\u00a0", " ")
        start = match.start()
        tokens = run.split(" ")
        if len(tokens) >= 3 and tokens[0].endswith(("'s", "’s")) and tokens[1] in given_names():
            # "Puck's Matthew Belloni": an outlet's (or a firm's) person, named after the possessive.
            start += len(tokens[0]) + 1
            tokens = tokens[1:]
        if "s" in run and ("'" in run or "’" in run):
            tokens = cut_at_possessive(tokens)
        while tokens and (
            tokens[0].rstrip(".") in FUNCTION_WORDS
            or is_blocked_token(tokens[0])
            or leads_with_a_date(tokens)
        ):
            start += len(tokens[0]) + 1
            tokens = tokens[1:]
        # Possessive ends a name: "Ritter's character".
        while tokens and tokens[-1].endswith((".",)) and len(tokens[-1]) > 2 and tokens[-1][-2].islower():
            tokens[-1] = tokens[-1][:-1]
        if not 2 <= len(tokens) <= 3:
            continue
        if any(is_blocked_token(t) or t.rstrip(".") in FUNCTION_WORDS for t in tokens):
            continue
        if not date_words_fit(tokens):
            continue
        last = tokens[-1]
        for suffix in ("'s", "’s"):
            if last.endswith(suffix):
                tokens[-1] = last[: -len(suffix)]
        if "-" in tokens[-1]:
            tokens[-1] = _WORK_SUFFIX.sub("", tokens[-1])  # "Taylor Sheridan-created" is Taylor Sheridan
        name = " ".join(tokens)
        end = base + start + len(name)
        if tokens[-1] in ("Jr", "Sr") and text[end - base : end - base + 1] == ".":
            name += "."  # "James Pickens Jr."
        found.append((base + start, base + start + len(name), name))
    return found


# Short forms of given names the press and the characters themselves use ("Sam" for Samantha Arondekar).
_SHORT_FORMS = {
    "Brianna": "Bree",
    "Samantha": "Sam",
    "Samuel": "Sam",
    "Alexander": "Alex",
    "Alexandra": "Alex",
    "Michael": "Mike",
    "Elizabeth": "Liz Beth Lizzie",
    "Robert": "Bob Rob Robbie Bobby",
    "William": "Bill Will Billy",
    "James": "Jim Jimmy Jamie",
    "Thomas": "Tom Tommy",
    "Nicholas": "Nick Nicky",
    "Christopher": "Chris",
    "Christine": "Chris",
    "Katherine": "Kate Katie Kat",
    "Catherine": "Kate Cat Cathy",
    "Jennifer": "Jen Jenny",
    "Daniel": "Dan Danny",
    "David": "Dave",
    "Benjamin": "Ben",
    "Joseph": "Joe Joey",
    "Matthew": "Matt",
    "Nathaniel": "Nate",
    "Nathan": "Nate",
    "Peter": "Pete",
    "Richard": "Rick Richie Dick",
    "Steven": "Steve",
    "Stephen": "Steve",
    "Anthony": "Tony",
    "Edward": "Ed Eddie Ted Teddy",
    "Frederick": "Fred Freddie",
    "Charles": "Charlie Chuck",
    "Charlotte": "Charlie Lottie",
    "Andrew": "Andy Drew",
    "Margaret": "Maggie Meg Peggy",
    "Abigail": "Abby",
    "Rebecca": "Becca Becky",
    "Gabriel": "Gabe",
    "Gregory": "Greg",
    "Jacob": "Jake",
    "Lawrence": "Larry",
    "Oliver": "Ollie",
    "Patrick": "Pat",
    "Patricia": "Pat Patty",
    "Susan": "Sue",
    "Theodore": "Ted Teddy Theo",
    "Jonathan": "Jon Jonny",
    "Timothy": "Tim",
    "Kenneth": "Ken Kenny",
    "Raymond": "Ray",
    "Ronald": "Ron",
    "Donald": "Don",
    "Gerald": "Gerry",
    "Harold": "Harry",
    "Henry": "Harry Hank",
    "Victoria": "Vicky Tori",
    "Jessica": "Jess",
    "Josephine": "Jo Josie",
    "Madeline": "Maddie",
    "Madison": "Maddie",
    "Natalie": "Nat",
    "Natasha": "Nat Tasha",
    "Nicole": "Nicky",
    "Pamela": "Pam",
    "Phillip": "Phil",
    "Philip": "Phil",
    "Randall": "Randy",
    "Stanley": "Stan",
    "Walter": "Walt",
    "Zachary": "Zach",
    "Sydney": "Syd",
    "Carmen": "Carmy",
    "Deborah": "Deb Debbie",
    "Jacqueline": "Jackie",
    "Frances": "Fran Frankie",
    "Francis": "Frank Frankie",
    "Frank": "Frankie",
    "Joshua": "Josh",
    "Douglas": "Doug",
    "Eleanor": "Ellie Nell",
    "Katharine": "Kate Kat",
    "Leonard": "Len Lenny Leo",
    "Louis": "Lou",
    "Louise": "Lou",
    "Miranda": "Randi",
    "Sebastian": "Seb Bash",
    "Vincent": "Vince Vinnie",
}
SHORT_FORMS: dict[str, tuple[str, ...]] = {full: tuple(short.split()) for full, short in _SHORT_FORMS.items()}

# Places that stories are set or shot in, and never a character's one-word name ("Mike White's Thailand
# chapter", "filming in Vancouver"). Places that are also given names (Sydney, Austin, Georgia) are left out.
# Places of more than one word, and networks and events whose names are no titles ("Fox", "Comic-Con").
PLACE_NAMES = frozenset(
    [
        "Los Angeles",
        "New York",
        "New York City",
        "San Diego",
        "San Francisco",
        "Las Vegas",
        "New Orleans",
        "New Jersey",
        "Hong Kong",
        "Salt Lake City",
        "Hell's Kitchen",
        "Hall H",
        "The Bronx",
        "North Carolina",
        "South Carolina",
        "New Mexico",
        "West Hollywood",
        "Palm Springs",
    ]
)
NOT_TITLES = frozenset(
    {"Fox", "The CW", "Comic-Con", "San Diego Comic-Con", "New York Comic Con", "Upfronts"}
    # Franchises, whose series each have their own title.
    | {"Star Wars", "Star Trek", "One Chicago", "Arrowverse", "MCU", "Marvel Cinematic Universe", "DCU"}
)
PLACES = words(
    """
    Thailand Vancouver Toronto Montreal London Manchester Liverpool Glasgow Edinburgh Belfast Dublin Cardiff
    Scotland Ireland Wales England Britain Canada Mexico Hawaii Japan Tokyo Korea Seoul China Beijing India
    Mumbai France Italy Rome Spain Madrid Barcelona Germany Berlin Prague Budapest Iceland Norway Sweden
    Denmark Copenhagen Australia Melbourne Auckland Zealand Texas California Oklahoma Montana Utah Arizona
    Louisiana Alabama Ohio Michigan Chicago Boston Philadelphia Baltimore Pittsburgh Seattle Portland Denver
    Miami Nashville Albuquerque Hollywood Manhattan Queens Malibu Pawnee Scranton Hawkins Westeros Sicily
    Morocco Malta Croatia Greece Athens Venice Naples Lisbon Amsterdam Vienna Moscow Kyiv Ukraine
    """
)
