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

_PAST = (
    r"(?:ran|wrote|made|took|put|let|set|sent|chose|hit|broke|forgot|gave|left|went|shut|"
    r"cut|tore|threw|thought|built|overwrote|rewrote|overrode|mistook|misread|undid|blew|drew|"
    r"froze|hid|lost|quit|spun|swapped|wiped|brought|drove|slipped)"
)
_PRESENT = (
    r"(?:forgets|ignores|skips|pushes|deploys|merges|runs|deletes|drops|wipes|restarts|reboots|"
    r"clicks|pastes|types|flips|edits|changes|breaks|kills|applies|approves|disables|removes|"
    r"overwrites|thinks|assumes|decides|rushes|misses|copies|truncates|bypasses|turns off|"
    r"shuts down|reverts|force-pushes|leaves|puts|sets|chooses|picks|selects|uses)"
)
# Acts that report, credit, lack, diligence: "Lisa explained", "Bob fixed", "had no".
_NOT_ACTS = (
    r"(?:built|designed|implemented|created|automated|rehearsed|practi[sc]ed|drilled|had|needed|need|speed|feed|seed|shed|embed|received|asked|said|told|explained|mentioned|"
    r"noted|reported|confirmed|posted|shared|walked|helped|joined|detected|escalated|noticed|"
    r"spotted|found|fixed|caught|saved|raised|flagged|paged|acknowledged|acked|opened|declared|"
    r"handed|led|coordinated|restored|rolled|mitigated|responded|pinged|called|documented|"
    r"tried|suggested|proposed|agreed|volunteered|offered|owned|investigated|diagnosed|"
    r"identified|traced|recovered|resolved|kept|stayed|worked|started|stepped|followed|"
    r"checked|verified|tested|reviewed|validated|warned|alerted|signall?ed|wondered|answered|"
    r"replied|presented|described|showed|drafted|updated|scaled|failed|wanted|expected|learned|"
    r"learnt|reali[sz]ed|discovered|thanked|contacted|emailed|messaged|tagged|looped|requested|"
    r"managed|handled|triaged|monitored|watched|waited|inherited|seemed|appeared|happened|"
    r"used to|took over|set up|wrote up|put together|made sure|got|gave us|joined|"
    r"pointed out|figured out|worked out|picked up|stepped in|jumped in|dug in|recogni[sz]ed|"
    r"anticipated|decided to (?:fail|roll|revert|page|escalate|declare|stop|pause|freeze|open|"
    r"call|wait))\b"
)
_CREDIT_PARTICIPLES = (
    r"(?:caught|detected|spotted|found|fixed|noticed|flagged|reported|raised|escalated|restored|"
    r"saved|resolved|mitigated|acknowledged|acked|paged|owned|maintained|led|coordinated|"
    r"reviewed|handled|declared|confirmed|reverted|rolled|set|built|written|created|added|"
    r"signed|assigned|notified|alerted|pinged|called|contacted|asked|told|informed|helped|"
    r"supported|investigated|diagnosed|identified|recovered|thanked|praised|credited|"
    r"welcomed|trained|onboarded|replaced|relieved|woken|paged|hired|challenged|questioned|"
    r"contested|rejected|disputed|corrected|overruled)"
)
_LACK = (
    r"(?:(?:no|nothing|aucun\w*) (?:\w+ ){0,2}?(?:check|alert|guard|guardrail|confirmation|test|"
    r"review|runbook|warning|prompt|validation|dry-?run|limit|safeguard|protection|lock|owner|"
    r"approval|diff|label|doc\w*|way|signal|indication|feedback|monitoring|alarm)s?\b|"
    # "a missing index", "the missing lock timeout": a thing that is not there.
    r"(?:a|an|the) missing [a-z])"
)

EN = Lexicon(
    roles=(
        r"(?:(?:the|our|a|an|that)\s+(?:(?:night|day|weekend|warehouse|duty|shift)\s+)?(?:editor|it guy|duty manager|shift lead|controller))|"
        r"(?:(?:the|our|a|an|that|this|their)\s+(?:(?:night|day|weekend|junior|senior|on-?call|duty)\s+)?(?:registrar|nurse|doctor|clinician|pharmacist|clerk|officer|supervisor|technician|cashier|sales ?rep|salesperson|accountant|translator|maintainer|volunteer|moderator|admin on duty|desk))|"
        r"(?:(?:(?:the|our|their|those|these)\s+)?(?:interns|juniors|new hires|newbies|trainees|"
        r"contractors|freelancers|consultants|devs|developers|operators|admins|sysadmins|release "
        r"managers|managers|reviewers|approvers|testers|leads)|"
        r"(?:the|an?|our|that|this|their)\s+(?:(?:new|other|same|junior|senior|overnight|"
        r"weekend|night|day|external|offshore|outsourced|remote|third-party|ops|qa|dba|sre)\s+)*"
        r"(?:contractor|freelancer|sre|devops|ops engineer|consultant|vendor|supplier|provider|hosting "
        r"provider|on-?caller|incident commander|colleague|coworker|teammate|staffer|boss|cto|"
        r"tester)(?:\s+on[- ]call)?|(?:the|an?|our|that|this|their)\s+(?:new\s+(?:guy|girl|hire|joiner|dev|"
        r"developer|engineer|person|intern|starter|admin|dba|lead|manager)|newbie|intern|trainee|"
        r"apprentice|junior(?:\s+(?:dev|developer|engineer|sre|admin))?|on-?call(?:\s+(?:engineer|"
        r"person|dev|sre|guy))?|dev|developer|engineer|operator|admin|sysadmin|dba|contractor|"
        r"freelancer|reviewer|author|guy|release manager|person on call|person in charge|employee|"
        r"team lead|tech lead|lead|manager|pm|qa)(?:\s+on[- ]call)?|someone|somebody|whoever)"
    ),
    teams=(
        r"(?:the\s+)?(?:it department|ops desk|back-?office|estates|agency|agencies|maintainers|moderators|volunteers|mirror admins|sales team|finance team)|"
        r"(?:the\s+(?:[a-z0-9-]+\s+){0,2}?(?:team|squad|folks|guys|people|crew)|"
        r"(?:our\s+)?[a-z0-9-]+\s+(?:team|squad|crew)\b|(?:the\s+)?(?:ops|"
        r"devops|devs|dbas|sres|qa|infra|backend|frontend|support|security)(?:\s+(?:team|folks|"
        r"guys|people))?)"
    ),
    pronouns=r"(?:he|she|they|you|someone|somebody)",
    link=r"(?:\s*,?\s*(?:who|that)\b)?(?:\s+(?:\w+ly|just|again|also|then|still|once again))*\s+",
    strong_after=(
        r"(?:screws|messes|fucks) up|neglects?|bungl\w+|botch\w+|"
        r"(?:forg[eo]t\w*|(?:was|is) the one (?:who|that) (?!(?:caught|found|spotted|detected|fixed|"
        r"saved|noticed|escalated|raised|reported|flagged)\b)|should (?:\w+ )?know better|"
        r"(?:doesn'?t|does not|didn'?t|did not) (?:even )?(?:understand|know how to|get it)\b|"
        r"rubber-?stamp\w*|skims?|skimmed|(?:is|was|are|were)(?: just| simply| really| clearly)? ?"
        r"(?:n'?t|not) (?:ready|fit|cut out|up to)|(?:does ?n'?t|did ?n'?t|does not|did not) have "
        r"(?:a|the (?:faintest|slightest)) clue|(?:has|had) no (?:\w+ )?clue|does ?n'?t know what "
        r"(?:he|she|they)(?:'s| is|'re| are) doing|"
        r"needs? more (?:discipline|rigou?r|care|focus|attention|seriousness)|has forgott?en|had forgott?en|(?:screwed|messed|fucked|f\*+ed)"
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
        r"ignores|skips|misses|overlooks|"
        r"misread|mistyped|wrongly|accidentally|mistakenly|"
        rf"{_NOT}\s+(?:even\s+)?{_HUMAN_ACTS}|"
        r"(?:pushed|deployed|merged|ran|applied|approved|shipped|released|restarted|executed|"
        r"ran|changed|edited|dropped|rebooted|copied|pasted|ignored)\b[^.;!?]{0,40}?\b(?:without|by "
        r"mistake|on the wrong|the wrong|accidentally|anyway|straight to (?:prod|main|master)|"
        r"directly (?:to|in|on|into) (?:prod|main|master)))"
    ),
    cause_before=(
        r"(?:it was|it's|it is) (?:the |our )?[\w -]{0,25}? that\s*$|"
        r"(?:this|that|it) (?:was|is) (?:all|entirely|totally|100 ?%|purely|just)\s*$|(?:it all|everything) (?:started|starts|began|begins) with\s*$|"
        r"(?:(?:root |actual |real |main |underlying )?cause(?: is| was| were|\s*:)|culprit(?: is| was|\s*:)|"
        r"(?:never|no longer|not|stop|don'?t|do not) (?:let|letting|allow|allowing|trust|"
        r"trusting)|(?:never|no longer|don'?t|do not|stop) (?:\w+ )?(?:give|giving|grant|granting|"
        r"hand|handing)(?: (?:\w+ ){0,2}?(?:access|rights|permissions?|keys) to)?|why (?:did ?n'?t|did not|has ?n'?t|had ?n'?t|would ?n'?t|would not)|"
        r"(?:is|was|'s) (?:\d+ ?% |all |entirely |totally |squarely |purely |solely )?on|"
        r"(?:comes|came|boils|boiled|mostly|all|largely|entirely|squarely)? ?down to|(?:real |actual "
        r"|main )?problem (?:is|was)|(?:lesson|"
        r"note|reminder) (?:for|to)|(?:is|was|comes?) from the side of|can'?t (?:count|rely) on|traced (?:back )?to|"
        r"(?:root )?cause (?:is|was)(?: \w+ly| pretty| quite| just| simply| basically| really)+|"
        r"because of|due to|caused by|blame (?:it )?on|blamed on|fault of|mistake of|error "
        rf"of|(?:error|mistake|typo|slip|blunder|oversight|screw-?up) (?:by|from)|(?:was|were|has been|had been|got) (?:\w+ )?{_MISHAP}"
        r"(?: \w+){0,3}? by)\s+$"
    ),
    duty_after=(
        r"(?:did ?n'?t|did not|never|had ?n'?t|had not|would ?n'?t|would not)"
        r"\s+(?:even\s+)?(?!yet|have|had|has|get|got|receive|know|knew|hear|heard|exist|be|been|fire|trigger|work|run|load|"
        r"scale|match|show|return|need)[a-z]{2,}\b"
    ),
    judged_after=(
        r"(?:should ?n'?t|should not|must ?n'?t|must not|can'?t|cannot) be (?:trusted|allowed|let)|"
        r"(?:can'?t|cannot|can not|could ?n'?t|could not) be (?:trusted|relied (?:on|upon)|"
        r"left alone)|(?:is|are|was|were) (?:not|n't) (?:to be trusted|trustworthy|reliable|"
        r"competent|up to (?:the job|it))|(?:is|are|was|were) (?:untrustworthy|incompetent)"
    ),
    acted_after=(
        r"(?:\w+ly\s+)?(?!had|was|were|did|got|needed)(?:[a-z]+ed|ran|wrote|made|took|put|let|"
        r"set|sent|chose|did|hit|broke|forgot|gave|left|went|shut|cut|tore|threw)\b"
    ),
    causal_before=r"\b(?:because|cause|coz|cuz)\s+$",
    act_after=(
        rf"(?:(?:has|had|have)\s+(?:\w+ly\s+|just\s+|already\s+)?)?"
        rf"(?!{_NOT_ACTS})(?:[a-z][a-z-]+ed|{_PAST}|{_PRESENT})\b"
    ),
    not_act=_NOT_ACTS,
    human_act=(
        r"(?:(?:has|had)\s+)?(?:thought|assumed|believed|decided|forgot|clicked|typed|pasted|"
        r"copied|misread|guessed|rushed|panicked|chose|picked|approved|merged|pushed|force-pushed|"
        r"edited|overrode|skipped|ignored|misconfigured|mistyped|fat-fingered|thinks|assumes|"
        r"believes|decides|forgets|clicks|types|pastes|copies|merges|pushes|approves|skips|"
        r"ignores)\b"
    ),
    passive_before=(
        r"\b(?:was|were|got|been|is|are|being)\s+(?:\w+ly\s+|then\s+|just\s+)?"
        rf"(?!{_CREDIT_PARTICIPLES}\b)[a-z]+(?:\s+(?:up|out|down|off|over|in|back))?"
        r"\s+(?:[^.;!?,]{0,40}?\s)?by\s+$"
    ),
    systemic=(
        r"\b(?:the|our|its|their) (?:[\w-]+ ){0,2}?(?:pipeline|ci|cli|script|tool|tooling|job|alert|client|sdk|library|upstream|"
        r"backend|server|service|database|queue|broker|storage|bucket|platform|controller|gateway|"
        r"deploy|deployment|orm|cache|driver|proxy|load balancer|"
        r"check|runbook|config|console|scheduler|loader|catalog|registry|dashboard|prompt|form|api|"
        r"system|process|template|monitoring|cron|bot|linter|wizard|ui|button|flag|default)s? "
        r"(?:\w+ )?(?:skipped|skips|ignored|ignores|accepted|accepts|allowed|allows|let|lets|did "
        r"not|didn'?t|does not|doesn'?t|had no|has no|defaulted|defaults|silently|never|only|failed "
        r"to|missed|swallowed|hid|hides|pointed|points|showed|shows)\b|\baccepts? (?:any|anything|"
        r"free text)\b|\bas free text\b|\b(?:the (?:real |actual )?question is|the real question|"
        r"what matters is|with no (?:backoff|retry "
        r"limit|jitter|timeout|quota|rate limit|gate|canary|snapshot|backup|circuit breaker|"
        r"idempotency\w*)|neither step was unusual|nothing unusual|through the (?:normal|usual|"
        r"standard|regular) (?:pipeline|process|release train)|the (?:lack|absence) of (?:a |an "
        r"|any )?(?!rigou?r|discipline|care|attention|professionalism|seriousness|vigilance|"
        r"competence|ownership|focus)|as scheduled|at the scheduled time)\b|"
        rf"\b{_LACK}|\b(?:is|was|are|were) (?:disabled|turned off|not enabled|off|missing|absent) "
        r"(?:in|on|for|from)\b|\b(?:does|did|do|would|could|can) ?(?:n'?t|not) (?:ask|check|require|"
        r"warn|block|prevent|validate|stop|confirm|distinguish|show|flag|catch|enforce|forbid|"
        r"differentiate|display|tell|say|mention|list|mark)\b|\bnothing (?:in|stopped|"
        r"prevented|blocked|warned|told|flagged|showed)\b|\bdefault(?:s|ed)? to\b|\bby default\b|"
        r"\b(?:allowed|lets|let|enabled|permitted) (?:it|him|her|them|this|anyone|everyone)\b|"
        r"\bno way to\b|\bthere (?:is|was|were) no\b|\b(?:is|was|were) not (?:documented|"
        r"labell?ed|marked|visible|flagged|shown|mentioned|listed)\b|\b(?:looked|look|looks) "
        r"(?:exactly )?(?:the same|identical)\b|\bsame colou?r\b|\bmissing (?:from|in) "
        r"(?:the|our)\b|\b(?:the|our) (?:\w+ ){0,3}?(?:had|has) no\b"
    ),
    complied=(
        r"\b(?:as|like) (?:the |our |its )?(?:runbook|procedure|doc\w*|playbook|process|checklist|"
        r"release notes?|migration guide|guide|readme|"
        r"wiki|ticket|plan|instructions?)\b[^.;!?]{0,20}?\b(?:said|says|instructed|required|told|"
        r"asked|recommended|describes?|states?|specified|prescribed|showed|shows|suggested|"
        r"indicated)\b|\b(?:per|following|"
        r"according to|in line with|as per|as described in) (?:the |our )?(?:runbook|procedure|"
        r"playbook|process|checklist|docs?|documentation|wiki|ticket|plan|instructions?)\b|"
        r"\bas (?:instructed|documented|expected|planned|required|scheduled|agreed|requested)\b|"
        r"\b(?:was|were) (?:told|asked|instructed) to\b"
    ),
    obligation_after=(
        r"(?:needs? to|has to|have to|had better|must|should|ought to|(?:has|have) got to|"
        r"can'?t keep|must ?n'?t|should ?n'?t|should not|must not)\s+(?:not\s+|never\s+|"
        r"stop\s+|start\s+|learn\s+(?:to\s+)?|really\s+|just\s+|finally\s+)*"
        r"(?!be (?:paged|notified|given|told|informed|included|alerted|looped|added|cc'?d|"
        r"consulted|involved|supported|asked|assigned|able|allowed to (?:page|escalate))\b)"
        r"(?!have\b|get\b|receive\b)(?P<verb>[a-z]+)"
    ),
    not_obligation=(
        r"(?:add|create|write|draft|implement|automate|set up|configure|build|deploy|ship|fix|"
        r"document|update|install|enable|migrate|schedule|publish|lead|own|organi[sz]e|pair|"
        r"prepare|present|open|file|book|define|design|propose|run a|drive)\b"
    ),
    thanks_to=r"\b(?:thanks to|thank you)\s+$",
    loss=(
        r"\b(?:got|were|was) (?:logged|kicked|locked) out\b|\bhalf of \w+ (?:got|was|were|went)\b|"
        r"\b(?:second|another|third) (?:incident|outage|post-?mortem)\b|\b(?:\d+|an?|one|two|three|"
        r"four|five|six|several|a full|a whole) (?:h|hours?|min\w*|nights?|days?|weeks?) of "
        r"(?:downtime|outage|lost \w+|data|orders|payments|sales)\b|"
        r"\b(?:we|i|everyone|the whole team)\s+(?:\w+\s+)?(?:lost|spent|wasted|got paged|"
        r"were paged|woke up)\b|\b(?:everything|prod|production|the site|checkout|the api) "
        r"(?:went|was|is) (?:down|dead|broken)\b"
    ),
    character_after=(
        r"(?:(?:is|'s|was) (?:always|forever|constantly|again) (?:like (?:this|that)|the same|"
        r"doing (?:this|that)|at it)|always does (?:this|that|it)|does (?:this|that|it) every "
        r"time|never learns|will never learn|(?:is|was) a (?:walking |ticking )?(?:liability|"
        r"disaster|time bomb|menace)|strikes again|(?:is )?at it again|(?:did|has done) it again)"
    ),
    sarcasm=(
        r"[\U0001f643\U0001f644\U0001f926\U0001f921\U0001f612]|(?<!\w)/s\b|\b(?:which|what a|"
        r"some|our resident|this|that) (?:\w+ ){0,2}?(?:genius|einstein|rocket scientist|"
        r"mastermind|hero)\b|\bnailed it\b|\b(?:slow|golf) clap\b|\bbig brain\b|"
        r"\bwhat could (?:possibly )?go wrong\b|\bgreat (?:idea|plan|call)\b[^.?!]*[.!]"
    ),
    human_error=(
        r"\b(?:nothing (?:we|anyone) (?:can|could) do|nothing to be done)\b|"
        r"\bbetween (?:the )?chair and (?:the )?keyboard\b|\bpeople (?:problem|issue)\b|\bfumbl\w+|\bfat[- ]?finger\w*|\bpebcak\b|\bbrain ?fart\b|\b(?:an?|simple|pure|just an?) "
        r"(?:oversight|slip-?up)\b|\buser error\b|"
        r"\b(?:human|operator|user|manual|operational) (?:error|mistake|failure|slip|fault)s?\b|"
        r"\bhuman factor\b|\bpebkac\b|\bpilot error\b|\blayer 8\b|\bid-?10-?t\b"
    ),
    judgement=(
        r"\b(?:panics|waves? (?:\w+ ){0,3}through|half-heartedly|has no business (?:in|on|being|touching)|should ?n'?t be on the rota|(?:has|have) never (?:done|worked|been) (?:an? )?on-?call|(?:is|was) ?n'?t (?:his|her|their) strong suit|can'?t tell (?:a|an|the) [\w-]+ from|no prizes for guessing|creative (?:reading|interpretation))\b|"
        r"\b(?:clicks? through|clicked through|without a second look|has never been comfortable with|not (?:a )?(?:hard )?worker|resting on (?:his|her|their) laurels|let (?:the \w+|us|everyone) down|(?:do|does) ?n'?t care about|tried on exactly one|i want a name|we all know whose)\b|"
        r"\b(?:sat on (?:the|it|this|that|them|a|our)|sits on (?:the|it)|can'?t resist|could ?n'?t resist|without (?:even )?bothering|rammed (?:it )?through|forced (?:it )?through|could ?n'?t wait|needs? a babysitter|(?:has|with) [a-z]+'s name on it|settles the root cause|is (?:just )?like that|that'?s just how (?:he|she|they) (?:is|are)|with (?:his|her|their) eyes closed|keep an eye on (?:him|her|them)|blindly)\b|"
        r"\b(?:careless\w*|negligen\w*|sloppy|sloppi\w*|incompeten\w*|stupid\w*|lazy|lazi\w*|"
        r"reckless\w*|dumb\w*|idiot\w*|clueless|irresponsib\w*|amateurish|unprofessional|"
        r"rookie (?:mistake|error|move)|panicked|without thinking|(?:nobody|no one) (?:\w+ ){0,4}?"
        r"bothered|cowboy\w*|inexcusable|incapable|brain ?dead|boneheaded|"
        r"moron\w*|half-assed|lousy|inattentive|inattention|could ?n'?t be bothered|"
        r"did ?n'?t bother|did not bother|hast(?:y|ily)|rushing|in a rush|rushed job|sweet time|"
        r"half-baked|lackadaisical|haphazard\w*|cavalier\w*|thoughtless\w*|mindless\w*|"
        r"like it'?s a playground|needs (?:a second pair of eyes|babysitting|supervision)|why "
        r"(?:he|she|they) thought (?:\w+ ){0,12}?(?:was|were|would be) a good idea|(?:went|gone) (?:back "
        r")?to (?:sleep|bed)|off to bed|on (?:his|her|their) own without|without (?:carrying|telling|"
        r"asking|consulting|looping in) (?:anybody|anyone|the team)|(?:decision|call|choice|idea) "
        r"(?:was|is) [a-z-]+'s\b|(?:try|test|tried|tested|testing|trying) (?:out )?(?:his|her|"
        r"their) \w+ (?:on|in) (?:live traffic|prod\w*)|"
        r"out of (?:his|her|their) depth|has a habit of|some (?:people|"
        r"folks|engineers) (?:just )?(?:don'?t|never|do not) (?:listen|learn|read|care)|"
        r"(?:can'?t|cannot) be (?:trusted|relied on) to|of (?:the )?[\w -]{2,30}'s making|"
        r"unsupervised|no names|we all know who|everyone knows who|(?:he|she|they)(?:'s| is| was|"
        r"'re| are| were) the (?:one|ones) (?:who|that) (?!(?:caught|found|spotted|detected|fixed|"
        r"saved|noticed|escalated|raised|reported|flagged)\b)|had been warned (?:twice|\w+ "
        r"times)|always the same (?:guy|person|people|team)|over (?:his|her|their) shoulder|"
        r"(?:not|no) pointing (?:any )?fingers?,? but|no offen[cs]e,? but|"
        r"not to blame anyone,? but|with (?:all due )?respect,|typical (?:qa|ops|devs?|sres?|dbas?|infra|support|security|"
        r"\w+ team)\b|typical of (?:him|her|them)|says a lot about (?:his|her|their)|left lying "
        r"around|what (?:are|is) (?:they|he|she) (?:even )?for|in (?:his|her|their) infinite wisdom|for reasons known only to|"
        r"true to form|who knows what|because why not|as always|one of those days for|"
        r"how (?:can|could|do) (?:you|anyone|someone|somebody|he|she|they) (?:not|miss|ignore)\b|"
        r"(?:second|third|fourth|fifth|nth|umpteenth) time (?:that )?(?:your|his|her|their)\b|"
        r"(?:he|she)(?:'s| is| was) (?:a |an )?(?:liability|disaster|menace|time bomb)|"
        r"playing (?:hero|cowboy)|on the sly|sneak(?:ily|ed|y)|botched|slapdash|bodged|"
        r"what did (?:we|you|anyone) expect|double-check (?:everything|anything) (?:he|she|they) "
        r"touch\w*|yolo\w*|(?:nobody|no one) bothering|could ?n'?t care less|"
        r"did ?n'?t (?:even )?care|does ?n'?t (?:even )?care|ca(?:n'?t|nnot) be arsed|"
        r"asleep at the wheel|lack of (?:rigou?r|discipline|"
        r"care|attention|professionalism|seriousness|vigilance|competence|ownership|focus))\b"
    ),
    timeline_judgement=(
        r"\b(?:ignores|panics|again(?=\.\s*$))|"
        r"\b(?:(?:screws|messes) up|neglects|bungles|botches|fumbles)\b|"
        r"\b(?:stupidly|foolishly|naively|blindly|obviously|clearly|of course|inexplicably|"
        r"for no (?:good )?reason|without thinking|without bothering|once again|yet again|"
        r"as usual|hastily|too late|predictably|ignoring|shockingly|astonishingly|amazingly|"
        r"unbelievably|incredibly|oops|whoops|forgets|forgot|rushed (?:out|through|in|into)|(?:finally|eventually) (?:gets?|got) around to|"
        r"another (?:outage|incident|'quick)|unsurprisingly|naturally|conveniently|yet another|"
        r"surprise,? surprise|(?:finally|eventually) (?:deigned|bothered|woke|showed|answered|"
        r"replied|responded|picked|acked|acknowledged|got around|decided|looked)|deign\w*|"
        r"at long last|takes? (?:his|her|their) (?:sweet )?time|took (?:his|her|their) sweet time|"
        r"way too long|finally bothered|bizarrely|sadly|again(?=\)|[!?])|(?:skips?|ignores?|forgets?|misses|skipped|ignored|forgot|"
        r"missed)\b[^.;]*\bagain|apparently|as per "
        r"tradition|bless (?:them|him|her)|nice of (?:him|her|them)|a mere \d+|only took (?:them|"
        r"him|her)|zero heads-up|without (?:a word|telling anyone|warning anyone)|(?:he|she|they|"
        r"ops|team|on-?call|[a-z]+) finally (?!back|recovered|stable|green|down|resolved)[a-z]+)\b"
    ),
    counterfactual=(
        r"\b(?:should ?(?:n'?t|not)? ?(?:have|'ve)|should've|ought to have|could (?:easily |just |"
        r"at least |simply )?have (?!been\b))"
    ),
    cognitive=(
        r"\s*(?:been\s+)?(?:more\s+|better\s+)?(?:known|noticed|reali[sz]ed|seen|thought|paid|"
        r"careful|asked|looked|read|anticipated|guessed|questioned|listened|double-checked|"
        r"spotted|understood|remembered|cared|vigilant|attentive)\b"
    ),
    if_only=r"(?:\bif only|\bif)\s*$",
    who_hunting=(
        r"\bwhich (?:account|login|user|laptop|key) (?:ran|restarted|triggered|deleted|pushed|ran|re-?ran)\b|"
        r"\bwho (?:on earth |the hell |exactly |in the world )?(?:signs?|approves?|merges?|pushes?|deploys?|runs?|ships?|thinks?|decides?|lets?|allows?) (?:off )?(?:a|an|the|this|that|these|it)\b|\bwhose (?:laptop|account|machine|credentials|key|token|branch|pr|script|code|session|terminal)\b|\bwhoever (?:did|wrote|pushed|merged|deployed|approved|broke|ran|changed|touched|set|made|thought|decided|is responsible)\b|"
        r"\bwho(?:'s| is| was)?\s+(?:the one (?:who|that)\s+)?(?:\w+\s+)?(?:did (?:this|that|it)|"
        r"broke|caused|pushed|merged|deployed|approved|wrote (?:this|that)|screwed|messed|"
        r"(?:is |was )?responsible|(?:is |was )?to blame|forgot|missed|touched)\b|"
        r"\bwhose (?:fault|mistake|idea|change|commit|error)\b|"
        r"\bwho (?:exactly |actually |really |on earth |in the world |the hell |the heck )?(?!asked|spotted|noticed|raised|flagged|caught|found|helped|jumped|stepped|reported|escalated|detected|fixed|saved|pinged|paged|volunteered|offered|own|was on|is on|knows|can|could|will|would|"
        r"should|has|had|is|was)[a-z]+ed\b|"
        r"\bwho (?:exactly |actually |really |on earth )?(?:ran|gave|wrote|made|took|put|let|set|sent|"
        r"chose|did|hit)\b|"
        r"\bwhich (?:engineer|dev|developer|person|sre|admin|one of (?:you|us)|of (?:the |our )?"
        r"(?:\w+ )?(?:devs|developers|engineers|you|us|them|sres|ops))\s+"
        r"(?!own|maintain)(?:was|is|did|had|[a-z]+ed)\b|"
        r"\bwho the (?:hell|heck|f\w*)\b|\bwho keeps \w+ing\b|\bwhat (?:exactly |the hell |on "
        r"earth )?(?:was|were|is) (?:he|she|they|[a-z]+) doing\b|\bwas it \w+ or \w+ (?:who|that)\b|"
        r"\b(?:identify|find|name|know) (?:the )?(?:person|engineer|dev|agent|one) (?:who|that)\b|"
        r"\b(?:to|we'?ll|let'?s) (?:\w+ )?(?:see|know|find out) "
        r"who\b|\bwhich (?:squad|team) (?:is behind|broke|caused|owns (?:this|that) "
        r"(?:mess|disaster|fiasco))\b|"
        r"\bwho thought (?:it|this|that) (?:was|would be) a "
        r"good idea\b|\bwhose (?:\w+ )?idea was\b|\bname and shame\b|\bgit blame\b|"
        r"\bwho'?s (?:on the hook|behind (?:this|that|it))\b|"
        r"\b(?:find|found|finding|identify|name|point to) (?:the |a )?(?:culprit|guilty|"
        r"person responsible|responsible person|one responsible|one to blame)\b"
    ),
    vague_strong=(
        r"\b(?:investigate|stick to|follow the (?:runbook|process|procedure|checklist)|dig into|clean up|tidy up|harden)\b|"
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
        r"\b(?:someone (?:checks|watches|looks at|monitors)|(?:check|watch|look at) the dashboard (?:every|each|daily))\b|"
        r"\b(?:remind\w*|raise awareness|be (?:more |extra )?(?:vigilant|careful|attentive)|pay "
        r"(?:more |closer )?attention|everyone should|everybody should|make sure to)\b"
    ),
    vague_weak=(
        r"\b(?:improve|enhance|optimi[sz]e|strengthen|better|revisit|rethink|rework|clarify|"
        r"discuss|align|increase|reinforce|train|educate|work on|focus on)\b"
    ),
    concrete=(
        r"\b(?:dry-?run|banner|(?:in|en) red|retyp\w*|typ(?:e|ing) (?:it|the \w+) (?:to confirm|before))\b|"
        r"\b(?:bot|guard|kill switch|alert\w*|alarm|checks?|checklist|tests?|pipeline|ci|cd|pre-?commit|hook|lint\w*|"
        r"gate|block\w*|reject\w*|runbook|playbook|dashboard|threshold|slo|canary|"
        r"feature flag|script|automat\w*|cron|template|pull[- ]request|rota|pager\w*|locks?|mutex|"
        r"rate[- ]limit|timeout|retry|backup|validation|terraform|probe|health ?check|"
        r"metric|wiki page|readme|adr|spike|mandatory|required|document|guide|"
        r"workshop|flag|confirmation|access|permission|role|iam|proxy|prompt|hash|restore\w*|"
        r"ansible|quota|limit|freeze|drill|approval|approver|owner|catalog\w*|account|credentials|"
        r"secrets?|vault|tokens?|scopes?|policy|denied|deny)\b|\d"
    ),
    measurable=(
        r"\d|%|\b(?:every|each|all|no|zero|none|any|at least|at most|under|below|above|within|"
        r"less than|more than|fewer than|before|after|by|published|appears?|links?|fires?|"
        r"blocks?|fails?|passes|returns?|exists?|merged|deployed|runs?|alerts?|pages?)\b"
    ),
)
