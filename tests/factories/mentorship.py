import datetime

import factory
import wagtail_factories
from django.utils import timezone

from mentorship.models import Goal, Meeting, MentorNote, MentorshipProgrammePage, Pairing
from tests.factories.cms import FACTORIES


class MentorshipProgrammePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = MentorshipProgrammePage

    title = factory.Sequence(lambda n: f"Mentorship programme {n}")
    intro = "New monitors with experienced ones."
    starts_on = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=90))


FACTORIES[MentorshipProgrammePage] = MentorshipProgrammePageFactory


class PairingFactory(factory.django.DjangoModelFactory):
    """A pairing saved directly, as the programme page's publish would save it."""

    class Meta:
        model = Pairing

    mentor = factory.SubFactory("tests.factories.accounts.UserFactory")
    mentee = factory.SubFactory("tests.factories.accounts.UserFactory")
    starts_on = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=60))
    status = Pairing.Status.ACTIVE
    focus = "First trial monitoring report"


class MeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Meeting

    pairing = factory.SubFactory(PairingFactory)
    held_on = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=3))
    duration_minutes = 45
    format = Meeting.Format.ONLINE
    topics = "How to record the interpreter's presence."


class GoalFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Goal

    pairing = factory.SubFactory(PairingFactory)
    text = "Observe two hearings"


class MentorNoteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MentorNote

    pairing = factory.SubFactory(PairingFactory)
    text = "PRIVATE-NOTE: needs practice in neutral wording."
