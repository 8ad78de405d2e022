"""English lexicon (folded: lower case, ASCII quotes). Typos seen in real
post-mortems are spelled into the patterns ("forgott", "didnt")."""

from __future__ import annotations

from domain.lint.lexicon import Lexicon

_NOT = r"(?:did ?n'?t|did not|never|has ?n'?t|has not|had not)"
_HUMAN_ACTS = (
    r"(?:check|test|verify|review|read|follow|look|notice|see|run|update|ask|tell|warn|"
    r"escalate|bother|document|communicate|care|pay|think|double-check|wait|listen|respect)\w*"
)
_MISHAP = (
    r"(?:forgotten|missed|overlooked|skipped|ignored|broken|neglected|misconfigured|"
    r"botched|deleted|dropped|messed up|screwed up|mishandled|mistyped)"
)

EN = Lexicon(
    roles=(
        r"(?:(?:the|an?|our|that|this|their)\s+(?:new\s+(?:guy|girl|hire|joiner|dev|developer|"
        r"engineer|person|intern|starter)|newbie|intern|trainee|apprentice|junior(?:\s+(?:dev|"
        r"developer|engineer|sre|admin))?|on-?call(?:\s+(?:engineer|person|dev|sre|guy))?|dev|"
        r"developer|engineer|operator|admin|sysadmin|dba|contractor|freelancer|reviewer|author|"
        r"guy|release manager|person on call|person in charge|employee|team lead|tech lead|lead|"
        r"manager|pm|qa)|someone|somebody|whoever)"
    ),
    teams=(
        r"(?:the\s+(?:[a-z0-9-]+\s+){0,2}?(?:team|squad|folks|guys|people)|(?:the\s+)?(?:ops|"
        r"devops|devs|dbas|sres|qa|infra|backend|frontend|support|security)(?:\s+(?:team|folks|"
        r"guys|people))?)"
    ),
    pronouns=r"(?:he|she|they|you|someone|somebody)",
    link=r"(?:\s*,?\s*(?:who|that)\b)?(?:\s+(?:\w+ly|just|again|also|then|still|once again))*\s+",
    strong_after=(
        r"(?:forg[eo]t+(?:t?en)?|has forgott?en|had forgott?en|(?:screwed|messed|fucked|f\*+ed)"
        r"(?: (?:it|this|that|things|everything))?(?: up)?|"
        r"dropped the ball|blew it|made (?:a|an|the|another) (?:\w+ )?(?:mistake|error|typo|"
        r"blunder|mess)|fat[- ]finger\w*|typo'?d|panicked|got it wrong|neglected|"
        r"(?:is|was|are|were) (?:the one )?to blame|(?:is|was) (?:the )?(?:root )?cause|"
        r"caused (?:the|this|that|an?|our) (?:\w+ )?(?:outage|incident|bug|failure|breakage|"
        r"problem|mess|issue|downtime|crash)|(?:is|was) responsible for (?:the|this|that|our) "
        r"(?:\w+ )?(?:outage|incident|failure|bug|breakage|mess|downtime|problem|crash)|"
        r"(?:was|were) (?:too |so |very )?(?:careless|negligent|sloppy|lazy|distracted|asleep)|"
        r"(?:was|were)(?: not|n'?t) paying attention|did ?n'?t do (?:his|her|their) job|"
        r"did not do (?:his|her|their) job|always (?:ships?|breaks?|forgets?|skips?|ignores?|"
        r"screws?|messe?s?)\b|(?:needs? to|should|must|has to|have to) (?:be more|pay "
        r"more|take more care|stop being)|(?:is|was|are|were) (?:a bit |too |really |so |very )?"
        r"(?:sloppy|careless|unreliable|not reliable|useless|terrible|clueless|a liability))"
    ),
    weak_after=(
        r"(?:missed|overlooked|skipped|ignored|broke|failed to|deleted|dropped|misconfigured|"
        r"misread|mistyped|wrongly|accidentally|mistakenly|"
        rf"{_NOT}\s+(?:even\s+)?{_HUMAN_ACTS}|"
        r"(?:pushed|deployed|merged|ran|applied|approved|shipped|released|restarted|executed|"
        r"ran|changed|edited|dropped|rebooted|copied|pasted|ignored)\b[^.;!?]{0,40}?\b(?:without|by "
        r"mistake|on the wrong|the wrong|accidentally|anyway|straight to (?:prod|main|master)|"
        r"directly (?:to|in|on|into) (?:prod|main|master)))"
    ),
    cause_before=(
        r"(?:(?:root |actual |real |main |underlying )?cause(?: is| was| were|\s*:)|culprit(?: is| was|\s*:)|"
        r"(?:never|no longer|not|stop|don'?t|do not) (?:let|letting|allow|allowing|trust|"
        r"trusting)|why (?:did ?n'?t|did not|has ?n'?t|had ?n'?t|would ?n'?t|would not)|"
        r"(?:is|was|'s) (?:\d+ ?% |all |entirely |totally |squarely )?on|because of|due to|caused by|blame (?:it )?on|blamed on|fault of|mistake of|error "
        rf"of|error by|mistake by|(?:was|were|has been|had been|got) (?:\w+ )?{_MISHAP}"
        r"(?: \w+){0,3}? by)\s+$"
    ),
    duty_after=(
        r"(?:did ?n'?t|did not|never|had ?n'?t|had not|would ?n'?t|would not)"
        r"\s+(?:even\s+)?(?!yet|have|had|has|get|got|receive|know|knew|hear|heard|exist|be|been|fire|trigger|work|run|load|"
        r"scale|match|show|return|need)[a-z]{2,}\b"
    ),
    judged_after=(
        r"(?:can'?t|cannot|can not|could ?n'?t|could not) be (?:trusted|relied (?:on|upon)|"
        r"left alone)|(?:is|are|was|were) (?:not|n't) (?:to be trusted|trustworthy|reliable|"
        r"competent|up to (?:the job|it))|(?:is|are|was|were) (?:untrustworthy|incompetent)"
    ),
    acted_after=(
        r"(?:\w+ly\s+)?(?!had|was|were|did|got|needed)(?:[a-z]+ed|ran|wrote|made|took|put|let|"
        r"set|sent|chose|did|hit|broke|forgot|gave|left|went|shut|cut|tore|threw)\b"
    ),
    causal_before=r"\b(?:because|cause|coz|cuz)\s+$",
    human_error=(
        r"\b(?:human|operator|user|manual|operational) (?:error|mistake|failure|slip|fault)s?\b|"
        r"\bhuman factor\b|\bpebkac\b|\bpilot error\b|\blayer 8\b|\bid-?10-?t\b"
    ),
    judgement=(
        r"\b(?:careless\w*|negligen\w*|sloppy|sloppi\w*|incompeten\w*|stupid\w*|lazy|lazi\w*|"
        r"reckless\w*|dumb\w*|idiot\w*|clueless|irresponsib\w*|amateurish|unprofessional|"
        r"rookie (?:mistake|error|move)|panicked|without thinking|(?:nobody|no one) (?:\w+ ){0,4}?"
        r"bothered|cowboy\w*|inexcusable|incapable|brain ?dead|boneheaded|"
        r"moron\w*|half-assed|lousy|inattentive|inattention|could ?n'?t be bothered|"
        r"did ?n'?t bother|did not bother|asleep at the wheel|lack of (?:rigou?r|discipline|"
        r"care|attention|professionalism|seriousness|vigilance|competence|ownership|focus))\b"
    ),
    timeline_judgement=(
        r"\b(?:stupidly|foolishly|naively|blindly|obviously|clearly|of course|inexplicably|"
        r"for no (?:good )?reason|without thinking|without bothering|once again|yet again|"
        r"as usual|hastily|too late|way too long|finally bothered|bizarrely|sadly|again)\b"
    ),
    counterfactual=(
        r"\b(?:should ?(?:n'?t|not)? ?(?:have|'ve)|should've|ought to have|could ?(?:n'?t|not)? "
        r"have (?:avoided|prevented|caught|seen|noticed|known|spotted))\b"
    ),
    cognitive=(
        r"\s*(?:been\s+)?(?:more\s+|better\s+)?(?:known|noticed|reali[sz]ed|seen|thought|paid|"
        r"careful|asked|looked|read|anticipated|guessed|questioned|listened|double-checked|"
        r"spotted|understood|remembered|cared|vigilant|attentive)\b"
    ),
    if_only=r"(?:\bif only|\bif)\s*$",
    who_hunting=(
        r"\bwho(?:'s| is| was)?\s+(?:the one (?:who|that)\s+)?(?:\w+\s+)?(?:did (?:this|that|it)|"
        r"broke|caused|pushed|merged|deployed|approved|wrote (?:this|that)|screwed|messed|"
        r"(?:is |was )?responsible|(?:is |was )?to blame|forgot|missed|touched)\b|"
        r"\bwhose (?:fault|mistake|idea|change|commit|error)\b|\bwhoever\b|"
        r"\bwho (?!own|was on|is on|knows|can|could|will|would|should|has|had|is|was)[a-z]+ed\b|"
        r"\bwho (?:ran|gave|wrote|made|took|put|let|set|sent|chose|did|hit)\b|"
        r"\bwhich (?:engineer|dev|developer|person|sre|admin|one of (?:you|us))\s+"
        r"(?!own|maintain)(?:was|is|did|had|[a-z]+ed)\b|"
        r"\b(?:find|found|finding|identify|name|point to) (?:the |a )?(?:culprit|guilty|"
        r"person responsible|responsible person|one responsible|one to blame)\b"
    ),
    vague_strong=(
        r"\b(?:be (?:more |extra |very |much more )?(?:vigilant|careful|attentive|cautious|"
        r"rigorous|thorough|mindful|aware|diligent|alert|proactive)|pay (?:more |closer |"
        r"better )?attention|take (?:more )?care|try (?:to|and|harder)|trying to|attempt to|"
        r"do (?:our|their|your) best|raise awareness|make (?:\w+ )?aware|remind (?:the )?(?:team|"
        r"teams|everyone|everybody|people|devs|developers|engineers|staff|folks|them)|"
        r"communicate (?:better|more)|better communication|double[- ]check (?:everything|"
        r"things|more)|(?:make sure|ensure) (?:it|this|that) (?:does ?n'?t|does not|never|"
        r"won'?t|will not) happen again|avoid (?:this|such|these|similar) (?:\w+ )?(?:mistakes|"
        r"errors|issues|problems|incidents)|(?:follow|apply|adopt) (?:the )?best practices|"
        r"think (?:about|twice)|keep (?:an eye|in mind)|learn from (?:this|our|the) "
        r"(?:mistake|incident)s?|be better|do better|more (?:care|rigou?r|discipline|"
        r"vigilance|attention|communication)|test (?:more|better)|(?:more|better) testing|"
        r"as much as possible|when(?:ever)? possible|if possible|take (?:this|it) (?:more )?"
        r"seriously|stay (?:vigilant|alert|focused)|look into|consider|be careful)\b"
    ),
    vague_always=(
        r"\b(?:remind\w*|raise awareness|be (?:more |extra )?(?:vigilant|careful|attentive)|pay "
        r"(?:more |closer )?attention|everyone should|everybody should|make sure to)\b"
    ),
    vague_weak=(
        r"\b(?:improve|enhance|optimi[sz]e|strengthen|better|revisit|rethink|rework|clarify|"
        r"discuss|align|increase|reinforce|train|educate|work on|focus on)\b"
    ),
    concrete=(
        r"\b(?:alert\w*|alarm|checks?|checklist|tests?|pipeline|ci|cd|pre-?commit|hook|lint\w*|"
        r"gate|block\w*|reject\w*|runbook|playbook|dashboard|threshold|slo|canary|"
        r"feature flag|script|automat\w*|cron|template|pull[- ]request|rota|pager\w*|locks?|mutex|"
        r"rate[- ]limit|timeout|retry|backup|validation|terraform|probe|health ?check|"
        r"metric|wiki page|readme|adr|spike|mandatory|required|document|guide|"
        r"workshop|flag|confirmation|access|permission|role|iam|proxy|prompt|hash|restore\w*|"
        r"ansible|quota|limit|freeze|drill|approval|approver|owner|catalog\w*)\b|\d"
    ),
    measurable=(
        r"\d|%|\b(?:every|each|all|no|zero|none|any|at least|at most|under|below|above|within|"
        r"less than|more than|fewer than|before|after|by|published|appears?|links?|fires?|"
        r"blocks?|fails?|passes|returns?|exists?|merged|deployed|runs?|alerts?|pages?)\b"
    ),
)
