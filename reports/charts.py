"""Chart geometry for the admin dashboard. The templates draw it as inline SVG: no JavaScript,
nothing fetched from elsewhere, and the same numbers stand in a table next to each chart.
Coordinates are in the SVG's viewBox units; the charts scale with the panel."""

from dataclasses import dataclass

WIDTH = 600
FUNNEL_BAR_SPACE = 440
FUNNEL_TITLE = 16
FUNNEL_BAR = 11
FUNNEL_STEP = 14
FUNNEL_ROW = FUNNEL_TITLE + 3 * FUNNEL_STEP + 10
MONTH_SLOT = WIDTH // 12
MONTH_BASELINE = 180
MONTH_HEIGHT = 150
MONTH_BAR = 16


@dataclass
class Bar:
    series: str
    label: str
    value: int
    x: float
    y: float
    width: float
    height: float

    @property
    def value_x(self):
        return self.x + self.width + 4

    @property
    def above_y(self):
        return self.y - 3

    @property
    def value_y(self):
        return self.y + self.height - 2


@dataclass
class Group:
    label: str
    label_x: float
    label_y: float
    bars: list


@dataclass
class Chart:
    height: int
    groups: list


def funnel_chart(funnels, series_labels) -> Chart:
    """For each course, its title and three horizontal bars (enrolled, started, completed),
    all on one scale."""
    longest = max((funnel.enrolled for funnel in funnels), default=0) or 1
    groups = []
    for index, funnel in enumerate(funnels):
        top = index * FUNNEL_ROW
        values = (funnel.enrolled, funnel.started, funnel.completed)
        bars = [
            Bar(
                series=series,
                label=label,
                value=value,
                x=0,
                y=top + FUNNEL_TITLE + step * FUNNEL_STEP,
                width=round(FUNNEL_BAR_SPACE * value / longest, 1),
                height=FUNNEL_BAR,
            )
            for step, (series, label, value) in enumerate(
                zip(("enrolled", "started", "completed"), series_labels, values, strict=True)
            )
        ]
        groups.append(Group(label=funnel.title, label_x=0, label_y=top + 12, bars=bars))
    return Chart(height=max(len(funnels), 1) * FUNNEL_ROW, groups=groups)


def months_chart(months, series_labels) -> Chart:
    """For each month, an issued and a revoked column on one scale, month under them."""
    tallest = max((max(row.issued, row.revoked) for row in months), default=0) or 1
    groups = []
    for index, row in enumerate(months):
        left = index * MONTH_SLOT + 6
        bars = []
        for offset, (series, label, value) in enumerate(
            zip(("issued", "revoked"), series_labels, (row.issued, row.revoked), strict=True)
        ):
            height = round(MONTH_HEIGHT * value / tallest, 1)
            bars.append(
                Bar(
                    series=series,
                    label=label,
                    value=value,
                    x=left + offset * (MONTH_BAR + 2),
                    y=MONTH_BASELINE - height,
                    width=MONTH_BAR,
                    height=height,
                )
            )
        groups.append(Group(label=row.month, label_x=left, label_y=MONTH_BASELINE + 16, bars=bars))
    return Chart(height=MONTH_BASELINE + 24, groups=groups)
