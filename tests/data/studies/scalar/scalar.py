"""The "some / all" study's own code, named from study.yaml (the `alternative` column)."""

QUANTIFIERS = {"some": "All", "all": "Some"}


def alternative(row: dict) -> str:
    """The speaker's statement with the other quantifier: "Some of ..." <-> "All of ..."."""
    first, _, rest = row["statement"].partition(" ")
    if first.lower() not in QUANTIFIERS:
        raise ValueError(f"the statement does not start with Some or All: {row['statement']!r}")
    return f"{QUANTIFIERS[first.lower()]} {rest}"
