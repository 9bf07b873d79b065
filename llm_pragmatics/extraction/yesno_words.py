"""The words of a yes/no answer: yes and no (in the languages answers slip into), the leans
that hedge them ("probably", "I doubt it"), the negations that deny a claim, and whether
what follows a lean is only its reason. Shared by yesno.py, which reads the answer, and
yesno_questions.py.
"""

from __future__ import annotations

import re

from .fields import Field

# (With the yes and no of languages answers slip into: German "ja", "nein"; French "oui",
# "non" (not "non-zero"); Spanish "sí"; Chinese "是", "否", "不是"; Japanese "はい",
# "いいえ". A CJK word stands alone only between word boundaries: "是" inside a sentence,
# "这是", is no answer.)
YES = (
    r"yes|yeah|yep|yup|aye|true|correct|affirmative|absolutely|definitely|certainly|"
    r"of course|ja|oui|sí|是(?:的)?|はい"
)
NO = (
    # (not "no idea", "no clue": the answerer does not know)
    # (nor "no one can tell", "one" being "1" in the normalised text: a subject)
    r"no(?!\s+(?:idea|clue)\b)(?![ \t]+(?:1|one)\b)|nope|nah|false|negative|not really|"
    r"not exactly|not at all|"
    r"definitely not|certainly not|absolutely not|of course not|nein|non(?![-\w])|"
    r"不是|否|いいえ"
)
LIKELY_NO = (
    r"probably not|likely not|most likely not|unlikely|not likely|i don't think so|"
    # ("It's unlikely - he saw two"; not "It's unlikely that he doesn't know")
    r"(?:it's|it is|that's|that is) (?:very |highly |quite )?(?:unlikely|doubtful)"
    r"(?!\s+(?:that|he|she|they|to)\b)|"
    r"i doubt (?:it|that|so)|almost certainly not|i (?:suspect|guess|believe|think|expect) not|"
    r"i don't (?:believe|suppose|expect) so|doubtful|not a chance|presumably not|"
    r"supposedly not|apparently not|not necessarily"
)
LIKELY_YES = (
    r"probably|likely|most likely|very likely|highly likely|almost certainly|most probably|"
    r"very probably"
)
# A hedged yes that says what it agrees to: "I think so, he looked at all of them."
SO_YES = r"i (?:think|believe|guess|suppose) so|i'd (?:think|say) so"
NEGATION = (
    r"(?:doesn't|don't|didn't|can't|couldn't|won't|wouldn't|isn't|wasn't|aren't|hasn't|"
    r"haven't|hadn't|shouldn't|mustn't|not|never|no way|no one|nobody|unlikely|"
    r"improbable|doubt(?:ful)?|"
    r"hardly|"
    r"barely|without|impossible|unable)"
)


def plain_reason(rest: str, field: Field) -> bool:
    """Whether what follows a lean ("Probably, he saw all of them") is only its reason: no
    statement of the claim, no negation, no contrast or limit that could turn it round."""
    turning = rf"\b(?:{field.params['claim']}|{NEGATION}|but|though|although|however|only|if)\b"
    return re.match(r"[ \t]*[,;:-]", rest) is not None and not re.search(turning, rest)
