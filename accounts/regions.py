"""The 17 regions and 3 cities of republican significance of Kazakhstan (ISO 3166-2:KZ, 2022)."""

from django.db import models
from django.utils.translation import pgettext_lazy


class Region(models.TextChoices):
    ABAI = "KZ-10", pgettext_lazy("region", "Abai Region")
    AKMOLA = "KZ-11", pgettext_lazy("region", "Akmola Region")
    AKTOBE = "KZ-15", pgettext_lazy("region", "Aktobe Region")
    ALMATY_REGION = "KZ-19", pgettext_lazy("region", "Almaty Region")
    ATYRAU = "KZ-23", pgettext_lazy("region", "Atyrau Region")
    EAST_KAZAKHSTAN = "KZ-63", pgettext_lazy("region", "East Kazakhstan Region")
    ZHAMBYL = "KZ-31", pgettext_lazy("region", "Zhambyl Region")
    ZHETYSU = "KZ-33", pgettext_lazy("region", "Zhetysu Region")
    KARAGANDA = "KZ-35", pgettext_lazy("region", "Karaganda Region")
    KOSTANAY = "KZ-39", pgettext_lazy("region", "Kostanay Region")
    KYZYLORDA = "KZ-43", pgettext_lazy("region", "Kyzylorda Region")
    MANGYSTAU = "KZ-47", pgettext_lazy("region", "Mangystau Region")
    NORTH_KAZAKHSTAN = "KZ-59", pgettext_lazy("region", "North Kazakhstan Region")
    PAVLODAR = "KZ-55", pgettext_lazy("region", "Pavlodar Region")
    TURKISTAN = "KZ-61", pgettext_lazy("region", "Turkistan Region")
    ULYTAU = "KZ-62", pgettext_lazy("region", "Ulytau Region")
    WEST_KAZAKHSTAN = "KZ-27", pgettext_lazy("region", "West Kazakhstan Region")
    ASTANA = "KZ-71", pgettext_lazy("region", "Astana (city)")
    ALMATY = "KZ-75", pgettext_lazy("region", "Almaty (city)")
    SHYMKENT = "KZ-79", pgettext_lazy("region", "Shymkent (city)")
