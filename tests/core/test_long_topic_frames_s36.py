"""A long topic (the user's own words, often twenty of them) goes in a frame that ends on it:
'I was glad <twenty words> was part of the day' loses its reader, and a bridge never says the
long topic a second time ('As for <twenty words>, …')."""

from followup.core import writer

LONG = (
    "the premeds that reach the chairs late on Mondays and the forty minutes of chair time "
    "it costs each morning"
)
SHORT = "the new clean room"
BANK = writer.Bank(
    slots={
        "spec": (
            "I was glad {topic} was part of the day.",
            "Thank you for the conversation about {topic}.",
        ),
        "bridge": ("As for {tied}, {qual}.", "{Qual}, which should help with that."),
    },
    shapes={},
)


def one(slot: str, values: dict[str, str | None]) -> str | None:
    w = writer.Writer(
        bank=BANK, values=values, choose=lambda s, n: 0, panel=writer.Panel(),
        spelling=writer.Spelling(),
    )  # fmt: skip
    w.said = 1
    return w.sentence(slot)


def test_a_long_topic_takes_a_frame_that_ends_on_it() -> None:
    assert one("spec", {"topic": LONG}) == f"Thank you for the conversation about {LONG}."
    assert one("spec", {"topic": SHORT}) == f"I was glad {SHORT} was part of the day."


def test_a_bridge_never_says_a_long_topic_again() -> None:
    qual = "I cut premedication delays on an infusion unit by a third"
    said = one("bridge", {"topic": LONG, "tied": LONG, "qual": qual, "Qual": qual})
    assert said == f"{qual}, which should help with that."
    said = one("bridge", {"topic": SHORT, "tied": SHORT, "qual": qual})
    assert said is not None and said.startswith(f"As for {SHORT}")


def test_a_note_that_passes_thanks_on_names_the_panel_once() -> None:
    bank = writer.Bank(
        slots={
            "spec.panel": ("It was good to meet you, along with {panel_people}.",),
            "spec.none": ("I enjoyed learning more about the role.",),
        },
        shapes={},
    )
    values = {"panel_people": "Anh, Mark and everyone else I met"}
    w = writer.Writer(bank, values, lambda s, n: 0, writer.Panel(), writer.Spelling())
    assert "along with" in (writer._no_topic(w) or "")
    w = writer.Writer(
        bank, {**values, "pass_people": "Anh, Mark"}, lambda s, n: 0, writer.Panel(),
        writer.Spelling(),
    )  # fmt: skip
    assert writer._no_topic(w) == "I enjoyed learning more about the role."


def test_a_take_home_done_before_the_day_is_never_part_of_the_day() -> None:
    bank = writer.Bank(
        slots={
            "spec.exercise": (
                "I was glad {topic} was part of the day.",
                "I've gone back over {topic} since.",
            )
        },
        shapes={},
    )
    values = {"topic": "the take-home", "topic_owned": "yes", "topic_before": "yes"}
    w = writer.Writer(bank, values, lambda s, n: 0, writer.Panel(), writer.Spelling())
    w.said = 1
    assert w.sentence("spec.exercise") == "I've gone back over the take-home since."
