"""The five areas of the Total Transformation model. Plain data: no Django imports."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Area:
    key: str
    name: str
    slug: str
    summary: str


AREAS: tuple[Area, ...] = (
    Area("home", "Support in your own home", "home", "Help to live well in your own home."),
    Area(
        "accommodation",
        "Support with where you live",
        "where-you-live",
        "Help to find and keep a good place to live.",
    ),
    Area(
        "day_and_work",
        "Things to do in the day, and work",
        "day-and-work",
        "Help to do things you enjoy, and to get a job.",
    ),
    Area("hospital", "Leaving hospital", "leaving-hospital", "Help to get home from hospital."),
    Area("community", "Your community", "community", "People and places near you that help."),
)
AREA_KEYS = tuple(area.key for area in AREAS)
AREA_CHOICES = [(area.key, area.name) for area in AREAS]
AREAS_BY_KEY = {area.key: area for area in AREAS}
