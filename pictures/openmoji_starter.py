"""The OpenMoji symbols Shared Say starts with, chosen for social care consultations.

Chosen to be adult and respectful: plain objects and places, and faces that show a feeling
without being cartoonish. The key is the OpenMoji file name (hex code points joined by "-").
Titles are what editors search for; alt text says what the picture shows. No Django imports.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class StarterSymbol:
    title: str
    alt_text: str
    tags: tuple[str, ...]


# Tags every OpenMoji starter picture gets, so editors can filter the library by set.
SET_TAGS = ("symbol", "openmoji")

STARTER_SYMBOLS: dict[str, StarterSymbol] = {
    # The five feelings answers (PRODUCT.md section 5), from very good to very bad.
    "1F604": StarterSymbol("Feeling very good", "A face with a big smile", ("faces", "feelings")),
    "1F642": StarterSymbol("Feeling good", "A face with a small smile", ("faces", "feelings")),
    "1F610": StarterSymbol("Feeling OK", "A face with a straight mouth", ("faces", "feelings")),
    "1F641": StarterSymbol("Feeling bad", "A face with a small frown", ("faces", "feelings")),
    "1F622": StarterSymbol("Feeling very bad", "A sad face with a tear", ("faces", "feelings")),
    "2764": StarterSymbol("Things I like", "A red heart", ("feelings", "likes")),
    # Home and accommodation.
    "1F3E0": StarterSymbol("Home", "A house", ("home", "accommodation")),
    "1F3D8": StarterSymbol("Houses", "A row of houses", ("home", "accommodation", "community")),
    "1F511": StarterSymbol("Own front door key", "A key", ("home", "accommodation")),
    "1F6CF": StarterSymbol("Bed", "A bed", ("home", "accommodation")),
    # Hospital and health.
    "1F3E5": StarterSymbol("Hospital", "A hospital building", ("hospital", "health")),
    "1F9D1-200D-2695-FE0F": StarterSymbol(
        "Doctor or nurse", "A health worker", ("hospital", "health", "people")
    ),
    "1F48A": StarterSymbol("Medicine", "A tablet", ("hospital", "health")),
    "1F691": StarterSymbol("Ambulance", "An ambulance", ("hospital", "health", "travel")),
    # Day activities and work.
    "1F4BC": StarterSymbol("Work", "A briefcase", ("work",)),
    "1F3E2": StarterSymbol("Office", "An office building", ("work", "places")),
    "1F4DA": StarterSymbol("Learning", "A pile of books", ("work", "learning")),
    "1F3A8": StarterSymbol("Art", "A paint palette", ("activities",)),
    "1F3B5": StarterSymbol("Music", "Musical notes", ("activities",)),
    # Money and budgets. OpenMoji's money bag and bank show a dollar sign, so they are left out.
    "1F4B7": StarterSymbol("Money", "Bank notes with a pound sign", ("money",)),
    "1FA99": StarterSymbol("Coin", "A gold coin", ("money", "coins")),
    # People and support.
    "1F465": StarterSymbol("People", "Two people", ("people",)),
    "1F9D1-200D-1F91D-200D-1F9D1": StarterSymbol(
        "Friends", "Two people holding hands", ("people", "community")
    ),
    "1F91D": StarterSymbol("Working together", "Two hands shaking", ("people", "support")),
    "1FAF6": StarterSymbol("Care and support", "Hands making a heart shape", ("support",)),
    "1F4CB": StarterSymbol("Support plan", "A clipboard with a list", ("support",)),
    "267F": StarterSymbol("Accessible", "The wheelchair access sign", ("access",)),
    "1F9D1-200D-1F9BD": StarterSymbol(
        "Wheelchair user", "A person in a wheelchair", ("access", "people")
    ),
    # Out in the community.
    "1F6B6": StarterSymbol("Going out", "A person walking", ("community", "people")),
    "1F68C": StarterSymbol("Bus", "A bus", ("community", "travel")),
    "1F37D": StarterSymbol("Food", "A plate with a knife and fork", ("food", "community")),
    "2615": StarterSymbol("Hot drink", "A cup of tea", ("food", "community")),
    "1F333": StarterSymbol("Park", "A tree", ("community", "outdoors")),
    "1F6D2": StarterSymbol("Shopping", "A shopping trolley", ("community",)),
    "1F4CD": StarterSymbol("Place", "A map pin", ("community", "places")),
    # Getting in touch and having your say.
    "1F4DE": StarterSymbol("Phone", "A telephone", ("contact",)),
    "1F4E7": StarterSymbol("Email", "An email envelope", ("contact",)),
    "1F4AC": StarterSymbol("Say", "A speech bubble", ("contact", "answers")),
    "1F50A": StarterSymbol("Listen", "A speaker playing sound", ("contact",)),
    "1F4DD": StarterSymbol("Write", "A paper and pencil", ("answers",)),
    "1F64B": StarterSymbol("Have your say", "A person with their hand up", ("answers", "people")),
    "1F5F3": StarterSymbol("Vote", "A ballot box with a voting paper", ("answers",)),
    # Dates and time.
    "1F4C5": StarterSymbol("Date", "A calendar", ("time",)),
    "23F0": StarterSymbol("Time", "An alarm clock", ("time",)),
    # Answer pictures.
    "1F44D": StarterSymbol("Thumbs up", "A thumbs up", ("answers",)),
    "1F44E": StarterSymbol("Thumbs down", "A thumbs down", ("answers",)),
    "2705": StarterSymbol("Yes", "A green tick", ("answers",)),
    "274C": StarterSymbol("No", "A red cross", ("answers",)),
    "2753": StarterSymbol("Question", "A question mark", ("answers",)),
    "1F937": StarterSymbol("I do not know", "A person shrugging", ("answers", "people")),
}
